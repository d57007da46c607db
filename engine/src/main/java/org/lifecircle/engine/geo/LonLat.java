package org.lifecircle.engine.geo;

/**
 * A point as longitude and latitude in decimal degrees (in whichever {@link CoordinateSystem}
 * the caller says). Immutable and validated: lon in [-180, 180], lat in [-90, 90], finite.
 */
public record LonLat(double lon, double lat) {

    public LonLat {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("Longitude out of range [-180, 180]: " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("Latitude out of range [-90, 90]: " + lat);
        }
    }

    public static LonLat of(double lon, double lat) {
        return new LonLat(lon, lat);
    }
}
