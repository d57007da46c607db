package org.lifecircle.atlas.center;

import java.util.List;

import jakarta.validation.Valid;

import org.lifecircle.atlas.Tier;
import org.lifecircle.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/centers")
@Tag(name = "Service centers 便民服务中心", description = "Centers (15 min), service streets (10 min), community circles (5 min)")
class CenterApi {

    private final CenterService centers;

    CenterApi(CenterService centers) {
        this.centers = centers;
    }

    @GetMapping
    List<ServiceCenter> list(@RequestParam(required = false) Tier tier, @RequestParam(required = false) Long subDistrictId) {
        return centers.find(tier, subDistrictId);
    }

    @GetMapping("/{id}")
    ServiceCenter get(@PathVariable long id) {
        return centers.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a center (planner or district admin)")
    ServiceCenter create(Actor actor, @Valid @RequestBody CenterForm form) {
        return centers.create(actor, form);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a center (planner, district admin, or the center's operator)")
    ServiceCenter update(Actor actor, @PathVariable long id, @Valid @RequestBody CenterForm form) {
        return centers.update(actor, id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable long id) {
        centers.delete(actor, id);
    }
}
