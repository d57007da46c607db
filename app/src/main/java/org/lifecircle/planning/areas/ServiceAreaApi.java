package org.lifecircle.planning.areas;

import org.lifecircle.atlas.Tier;
import org.lifecircle.identity.Actor;
import org.lifecircle.planning.access.Speed;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@Tag(name = "Planning 规划")
class ServiceAreaApi {

    private final ServiceAreaService areas;

    ServiceAreaApi(ServiceAreaService areas) {
        this.areas = areas;
    }

    @GetMapping("/api/v1/planning/service-areas")
    @Operation(summary = "Each compound assigned to its nearest center of a tier by walking time; residents per center against the seeds' rule (30,000–60,000 residential, 50,000–90,000 industrial); the service areas as GeoJSON")
    ServiceAreaReport serviceAreas(@RequestParam(defaultValue = "CENTER_15") Tier tier,
                                   @RequestParam(defaultValue = "ADULT") Speed speed) {
        return areas.serviceAreas(tier, speed);
    }

    record AreaKindForm(@NotNull AreaKind areaKind) {
    }

    @PutMapping("/api/v1/planning/service-areas/centers/{id}/area-kind")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Whether a center serves a residential or an industrial area (its population rule)")
    void setAreaKind(Actor actor, @PathVariable long id, @Valid @RequestBody AreaKindForm form) {
        areas.setAreaKind(actor, id, form.areaKind());
    }
}
