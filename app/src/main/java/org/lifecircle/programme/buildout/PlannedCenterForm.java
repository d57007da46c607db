package org.lifecircle.programme.buildout;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A planned center as planners enter it. The status is set when the center is entered; later
 * changes go through a status change, which keeps the history (an edit must leave it as it is).
 * The position is optional, unlike the atlas' places: a site may be chosen before it is surveyed.
 */
public class PlannedCenterForm {

    @NotBlank @Size(max = 150)
    private String name;
    @NotNull @Min(1) @Max(2)
    private Integer phase;
    @NotNull
    private Long subDistrictId;
    @NotNull
    private BuildStatus status = BuildStatus.SITED;
    @Size(max = 300)
    private String address;
    @DecimalMin("-180") @DecimalMax("180")
    private Double lon;
    @DecimalMin("-90") @DecimalMax("90")
    private Double lat;
    @Pattern(regexp = "WGS84|GCJ02|BD09")
    private String crs = "WGS84";
    @PositiveOrZero
    private BigDecimal floorAreaM2;
    @NotNull @DateTimeFormat(iso = ISO.DATE)
    private LocalDate sitedOn;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate constructionStartedOn;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate preparationStartedOn;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate plannedOpeningOn;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate openedOn;
    private Long centerId;
    private boolean estimated;
    @Size(max = 1000)
    private String note;

    static PlannedCenterForm of(PlannedCenter c) {
        PlannedCenterForm form = new PlannedCenterForm();
        form.name = c.name();
        form.phase = c.phase();
        form.subDistrictId = c.subDistrictId();
        form.status = c.status();
        form.address = c.address();
        form.lon = c.sourceLon();
        form.lat = c.sourceLat();
        form.setCrs(c.sourceCrs());
        form.floorAreaM2 = c.floorAreaM2();
        form.sitedOn = c.sitedOn();
        form.constructionStartedOn = c.constructionStartedOn();
        form.preparationStartedOn = c.preparationStartedOn();
        form.plannedOpeningOn = c.plannedOpeningOn();
        form.openedOn = c.openedOn();
        form.centerId = c.centerId();
        form.estimated = c.estimated();
        form.note = c.note();
        return form;
    }

    KeyDates dates() {
        return new KeyDates(sitedOn, constructionStartedOn, preparationStartedOn, plannedOpeningOn, openedOn);
    }

    boolean hasPosition() {
        return lon != null || lat != null;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public Integer getPhase() { return phase; }
    public void setPhase(Integer phase) { this.phase = phase; }
    public Long getSubDistrictId() { return subDistrictId; }
    public void setSubDistrictId(Long subDistrictId) { this.subDistrictId = subDistrictId; }
    public BuildStatus getStatus() { return status; }
    public void setStatus(BuildStatus status) { this.status = status; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Double getLon() { return lon; }
    public void setLon(Double lon) { this.lon = lon; }
    public Double getLat() { return lat; }
    public void setLat(Double lat) { this.lat = lat; }
    public String getCrs() { return crs; }
    public void setCrs(String crs) { this.crs = crs == null || crs.isBlank() ? "WGS84" : crs; }
    public BigDecimal getFloorAreaM2() { return floorAreaM2; }
    public void setFloorAreaM2(BigDecimal floorAreaM2) { this.floorAreaM2 = floorAreaM2; }
    public LocalDate getSitedOn() { return sitedOn; }
    public void setSitedOn(LocalDate sitedOn) { this.sitedOn = sitedOn; }
    public LocalDate getConstructionStartedOn() { return constructionStartedOn; }
    public void setConstructionStartedOn(LocalDate d) { this.constructionStartedOn = d; }
    public LocalDate getPreparationStartedOn() { return preparationStartedOn; }
    public void setPreparationStartedOn(LocalDate d) { this.preparationStartedOn = d; }
    public LocalDate getPlannedOpeningOn() { return plannedOpeningOn; }
    public void setPlannedOpeningOn(LocalDate d) { this.plannedOpeningOn = d; }
    public LocalDate getOpenedOn() { return openedOn; }
    public void setOpenedOn(LocalDate openedOn) { this.openedOn = openedOn; }
    public Long getCenterId() { return centerId; }
    public void setCenterId(Long centerId) { this.centerId = centerId; }
    public boolean isEstimated() { return estimated; }
    public void setEstimated(boolean estimated) { this.estimated = estimated; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
