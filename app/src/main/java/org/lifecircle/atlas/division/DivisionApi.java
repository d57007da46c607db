package org.lifecircle.atlas.division;

import java.util.List;

import jakarta.validation.Valid;

import org.lifecircle.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Divisions 行政区划", description = "Sub-district offices (办事处) and communities (社区)")
class DivisionApi {

    private final DivisionService divisions;

    DivisionApi(DivisionService divisions) {
        this.divisions = divisions;
    }

    @GetMapping("/sub-districts")
    List<SubDistrict> subDistricts() {
        return divisions.subDistricts();
    }

    @GetMapping("/communities")
    List<Community> communities(@RequestParam(required = false) Long subDistrictId) {
        return divisions.communities(subDistrictId);
    }

    @GetMapping("/communities/{id}")
    Community community(@PathVariable long id) {
        return divisions.community(id);
    }

    @PutMapping("/communities/{id}")
    Community update(Actor actor, @PathVariable long id, @Valid @RequestBody CommunityForm form) {
        return divisions.update(actor, id, form);
    }
}
