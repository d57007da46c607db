package org.lifecircle.care.station;

import java.util.List;

import jakarta.validation.Valid;

import org.lifecircle.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/care/stations")
@Tag(name = "Care stations 居家养老服务站", description = "Stations with day-care capacity, hours, services, health center")
class StationApi {

    private final StationService stations;

    StationApi(StationService stations) {
        this.stations = stations;
    }

    @GetMapping
    List<CareStation> list(@RequestParam(required = false) Long communityId) {
        return stations.find(communityId);
    }

    @GetMapping("/{id}")
    CareStation get(@PathVariable long id) {
        return stations.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a station (district administrator or the community's staff)")
    CareStation create(Actor actor, @Valid @RequestBody StationForm form) {
        return stations.create(actor, form);
    }

    @PutMapping("/{id}")
    CareStation update(Actor actor, @PathVariable long id, @Valid @RequestBody StationForm form) {
        return stations.update(actor, id, form);
    }
}
