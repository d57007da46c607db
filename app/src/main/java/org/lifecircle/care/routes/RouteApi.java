package org.lifecircle.care.routes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lifecircle.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/care/stations/{station}/routes/{day}")
@Tag(name = "Routes 路线", description = "A station's day planned with OR-Tools routing; re-planned from the stored plan")
class RouteApi {

    private final RoutePlanner planner;
    private final PlanApplier applier;

    RouteApi(RoutePlanner planner, PlanApplier applier) {
        this.planner = planner;
        this.applier = applier;
    }

    @GetMapping
    @Operation(summary = "The stored plan (404 when the day has not been planned); stale=true after a request was added or a caregiver dropped out")
    ResponseEntity<DayPlan> get(Actor actor, @PathVariable long station, @PathVariable LocalDate day) {
        return ResponseEntity.of(planner.current(actor, station, day));
    }

    @PostMapping
    @Operation(summary = "Plan or re-plan the day (dispatch center); takes the configured time limit (lifecircle.care.routes.time-limit)")
    DayPlan plan(Actor actor, @PathVariable long station, @PathVariable LocalDate day) {
        return planner.plan(actor, station, day);
    }

    @PostMapping("/apply")
    @Operation(summary = "Assign the plan's open requests to the plan's caregivers (dispatch center), each on its own through the "
            + "guarded assignment: the answer lists per request ASSIGNED, CONFLICT (taken meanwhile), REFUSED or SKIPPED (not open)")
    List<PlanApplier.Applied> apply(Actor actor, @PathVariable long station, @PathVariable LocalDate day,
                                              Locale locale) {
        return applier.apply(actor, station, day, locale);
    }
}
