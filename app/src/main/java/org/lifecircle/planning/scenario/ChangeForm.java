package org.lifecircle.planning.scenario;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lifecircle.planning.scenario.ScenarioChange.Action;
import org.lifecircle.planning.scenario.ScenarioChange.Target;

/**
 * A change as a planner enters it. Which fields an action needs (ADD: kind, name, position; MOVE: targetId,
 * position; CLOSE: targetId) is checked by {@link ScenarioService}, which names each missing one. Action and
 * target are text rather than enums so that a wrong value is reported against its field, not as unreadable JSON.
 */
public class ChangeForm {

    @NotNull @Pattern(regexp = "ADD|MOVE|CLOSE")
    private String action;
    @Pattern(regexp = "FACILITY|CENTER")
    private String target = "FACILITY";
    @Size(max = 64)
    private String kind;
    @Size(max = 150)
    private String name;
    private Long targetId;
    @DecimalMin("-180") @DecimalMax("180")
    private Double lon;
    @DecimalMin("-90") @DecimalMax("90")
    private Double lat;
    @Pattern(regexp = "WGS84|GCJ02|BD09")
    private String crs = "WGS84";

    Action action() {
        return Action.valueOf(action);
    }

    Target target() {
        return Target.valueOf(target);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target == null || target.isBlank() ? "FACILITY" : target;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() ? null : kind.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null || name.isBlank() ? null : name.strip();
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
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
