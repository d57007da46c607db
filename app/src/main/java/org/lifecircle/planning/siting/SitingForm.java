package org.lifecircle.planning.siting;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A siting run as a planner asks for it. Target FACILITY sites a catalogue kind ({@code service}); CENTER sites
 * service centers of a tier ({@code tier}). Candidates are the given points (clicked on the map or read from a
 * CSV file) and, with {@code area}, every street node inside it. Choices are text rather than enums so that a
 * wrong value is reported against its field. Which fields a model needs is checked by {@link SitingService}.
 */
public class SitingForm {

    @NotNull @Pattern(regexp = "FACILITY|CENTER")
    private String target = "FACILITY";
    @Size(max = 64)
    private String service;
    @Pattern(regexp = "CENTER_15|STREET_10|CIRCLE_5")
    private String tier;
    @NotNull @Pattern(regexp = "MAXIMAL_COVERING|SET_COVERING|P_MEDIAN")
    private String model = "MAXIMAL_COVERING";
    @NotNull @Min(1) @Max(60)
    private Integer minutes = 15;
    @Min(1) @Max(500)
    private Integer sites = 3;
    @NotNull @Pattern(regexp = "ADULT|ELDERLY")
    private String speed = "ADULT";
    @NotNull @Pattern(regexp = "RESIDENTS|ELDERLY")
    private String weighting = "RESIDENTS";
    private Long subDistrictId;
    private boolean keepExisting = true;
    @Valid @Size(max = 10_000)
    private List<CandidatePoint> candidates = new ArrayList<>();
    @Valid
    private Area area;
    @PositiveOrZero
    private Double capacityMin;
    @PositiveOrZero
    private Double capacityMax;
    @NotNull @Pattern(regexp = "AUTO|EXACT|HEURISTIC")
    private String method = "AUTO";
    @NotNull @Min(1) @Max(600)
    private Integer timeLimitSeconds = 60;

    /** A candidate site: a name for the reader and a position in {@code crs}. */
    public record CandidatePoint(@Size(max = 150) String name,
                                 @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
                                 @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
                                 @Pattern(regexp = "WGS84|GCJ02|BD09") String crs) {
    }

    /** A rectangle (the map's view, say) in {@code crs}, whose street nodes are all candidates. */
    public record Area(@NotNull @DecimalMin("-180") @DecimalMax("180") Double west,
                       @NotNull @DecimalMin("-90") @DecimalMax("90") Double south,
                       @NotNull @DecimalMin("-180") @DecimalMax("180") Double east,
                       @NotNull @DecimalMin("-90") @DecimalMax("90") Double north,
                       @Pattern(regexp = "WGS84|GCJ02|BD09") String crs) {
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service == null || service.isBlank() ? null : service.strip();
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier == null || tier.isBlank() ? null : tier;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Integer getSites() {
        return sites;
    }

    public void setSites(Integer sites) {
        this.sites = sites;
    }

    public String getSpeed() {
        return speed;
    }

    public void setSpeed(String speed) {
        this.speed = speed;
    }

    public String getWeighting() {
        return weighting;
    }

    public void setWeighting(String weighting) {
        this.weighting = weighting;
    }

    public Long getSubDistrictId() {
        return subDistrictId;
    }

    public void setSubDistrictId(Long subDistrictId) {
        this.subDistrictId = subDistrictId;
    }

    public boolean isKeepExisting() {
        return keepExisting;
    }

    public void setKeepExisting(boolean keepExisting) {
        this.keepExisting = keepExisting;
    }

    public List<CandidatePoint> getCandidates() {
        return candidates;
    }

    public void setCandidates(List<CandidatePoint> candidates) {
        this.candidates = candidates == null ? new ArrayList<>() : candidates;
    }

    public Area getArea() {
        return area;
    }

    public void setArea(Area area) {
        this.area = area;
    }

    public Double getCapacityMin() {
        return capacityMin;
    }

    public void setCapacityMin(Double capacityMin) {
        this.capacityMin = capacityMin;
    }

    public Double getCapacityMax() {
        return capacityMax;
    }

    public void setCapacityMax(Double capacityMax) {
        this.capacityMax = capacityMax;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public void setTimeLimitSeconds(Integer timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }
}
