package org.lifecircle.atlas;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What every editable place has: a position given in one of the three coordinate systems in
 * use in China. The registry stores it converted to WGS-84 and keeps the original.
 */
public abstract class PlaceForm {

    @NotNull
    @DecimalMin("-180") @DecimalMax("180")
    private Double lon;

    @NotNull
    @DecimalMin("-90") @DecimalMax("90")
    private Double lat;

    @Pattern(regexp = "WGS84|GCJ02|BD09")
    private String crs = "WGS84";

    /** Puts the stored position (WGS-84) and the position as given into a statement's parameters. */
    public void putPosition(java.util.Map<String, Object> params, double[] wgs84) {
        params.put("lon", wgs84[0]);
        params.put("lat", wgs84[1]);
        params.put("sourceLon", lon);
        params.put("sourceLat", lat);
        params.put("crs", crs);
    }

    public Double getLon() {
        return lon;
    }

    public void setLon(Double lon) {
        this.lon = lon;
    }

    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = lat;
    }

    public String getCrs() {
        return crs;
    }

    public void setCrs(String crs) {
        this.crs = crs == null || crs.isBlank() ? "WGS84" : crs;
    }
}
