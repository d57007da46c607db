package org.lifecircle.atlas.facility;

import jakarta.validation.Valid;

import org.lifecircle.identity.Actor;
import org.lifecircle.shared.Paged;
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
@RequestMapping("/api/v1/facilities")
@Tag(name = "Facilities 设施/商户", description = "Merchants and service points by category")
class FacilityApi {

    private final FacilityService facilities;

    FacilityApi(FacilityService facilities) {
        this.facilities = facilities;
    }

    @GetMapping
    @Operation(summary = "Facilities by handbook category, then pinyin; q matches name, scope, address, pinyin, initials")
    Paged<Facility> list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                         @RequestParam(required = false) Long communityId, @RequestParam(required = false) Long centerId,
                         @RequestParam(required = false) Boolean subsidised,
                         @RequestParam(required = false) Boolean governmentRun,
                         @RequestParam(required = false) Boolean elderFriendly,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var query = new FacilityQuery(q, category, communityId, centerId, subsidised, governmentRun, elderFriendly);
        return facilities.find(query, new Paged.Request(page, size));
    }

    @GetMapping("/{id}")
    Facility get(@PathVariable long id) {
        return facilities.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Facility create(Actor actor, @Valid @RequestBody FacilityForm form) {
        return facilities.create(actor, form);
    }

    @PutMapping("/{id}")
    Facility update(Actor actor, @PathVariable long id, @Valid @RequestBody FacilityForm form) {
        return facilities.update(actor, id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable long id) {
        facilities.delete(actor, id);
    }
}
