package org.lifecircle.care.visit;

import java.time.LocalDate;
import java.util.List;

import org.lifecircle.care.request.RequestService;
import org.lifecircle.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/care/family/requests")
@Tag(name = "Family 家属", description = "A linked resident account: its elders' requests with status, caregiver, visit times; rating")
class FamilyApi {

    private final FamilyVisits family;
    private final VisitService visits;

    FamilyApi(FamilyVisits family, VisitService visits) {
        this.family = family;
        this.visits = visits;
    }

    @GetMapping
    @Operation(summary = "The linked elders' requests of the last 30 days and ahead: status, caregiver's name, check-in and check-out times, rating")
    List<FamilyView> mine(Actor actor) {
        return family.requests(actor, LocalDate.now(RequestService.ZONE).minusDays(30));
    }

    @GetMapping("/{id}")
    FamilyView get(Actor actor, @PathVariable long id) {
        return family.request(actor, id);
    }

    @PostMapping("/{id}/rating")
    @Operation(summary = "Rate the visit 1–5 with an optional comment (≤ 500), once, after check-out; 409 before check-out or when rated")
    FamilyView rate(Actor actor, @PathVariable long id, @RequestBody VisitApi.RatingForm form) {
        visits.rate(actor, id, form.rating(), form.comment());
        return family.request(actor, id);
    }
}
