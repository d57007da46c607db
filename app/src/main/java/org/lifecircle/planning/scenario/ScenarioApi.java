package org.lifecircle.planning.scenario;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.lifecircle.atlas.Tier;
import org.lifecircle.identity.Actor;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.areas.ServiceAreaReport;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/planning/scenarios")
@Tag(name = "Planning scenarios 情景方案",
        description = "What-if scenarios: proposed, moved and closed facilities and centers, evaluated without touching the registry (planners)")
class ScenarioApi {

    private final ScenarioService scenarios;
    private final ScenarioEvaluator evaluator;

    ScenarioApi(ScenarioService scenarios, ScenarioEvaluator evaluator) {
        this.scenarios = scenarios;
        this.evaluator = evaluator;
    }

    @GetMapping
    @Operation(summary = "Every scenario with its changes, most recently changed first")
    List<Scenario> list(Actor actor, Locale locale) {
        return scenarios.all(actor, locale);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a scenario (name unique)")
    Scenario create(Actor actor, @Valid @RequestBody ScenarioForm form, Locale locale) {
        return scenarios.create(actor, form, locale);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A scenario with its changes in order")
    Scenario get(Actor actor, @PathVariable long id, Locale locale) {
        return scenarios.get(actor, id, locale);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a scenario or change its description")
    Scenario update(Actor actor, @PathVariable long id, @Valid @RequestBody ScenarioForm form, Locale locale) {
        return scenarios.update(actor, id, form, locale);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Discard a scenario and its changes (the registry is not touched)")
    void discard(Actor actor, @PathVariable long id) {
        scenarios.discard(actor, id);
    }

    @PostMapping("/{id}/changes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Append a change: ADD (kind, name, lon, lat), MOVE (targetId, lon, lat) or CLOSE (targetId) "
            + "of a FACILITY (kind: a catalogue kind) or CENTER (kind: CENTER_15, STREET_10 or CIRCLE_5)")
    ScenarioChange addChange(Actor actor, @PathVariable long id, @Valid @RequestBody ChangeForm form, Locale locale) {
        return scenarios.addChange(actor, id, form, locale);
    }

    @PutMapping("/{id}/changes/{changeId}")
    @Operation(summary = "Replace a change, keeping its place in the order (e.g. move a proposal)")
    ScenarioChange updateChange(Actor actor, @PathVariable long id, @PathVariable long changeId,
                                @Valid @RequestBody ChangeForm form, Locale locale) {
        return scenarios.updateChange(actor, id, changeId, form, locale);
    }

    @DeleteMapping("/{id}/changes/{changeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a change back")
    void deleteChange(Actor actor, @PathVariable long id, @PathVariable long changeId) {
        scenarios.deleteChange(actor, id, changeId);
    }

    @GetMapping("/{id}/coverage")
    @Operation(summary = "Coverage of a service before and after the scenario, the difference, and the gaps of the services it touches")
    ScenarioEvaluation coverage(Actor actor, @PathVariable long id,
                                @Parameter(description = "kind or handbook-group code of the catalogue")
                                @RequestParam String service,
                                @RequestParam(defaultValue = "15") int minutes,
                                @RequestParam(defaultValue = "ADULT") Speed speed, Locale locale) {
        return evaluator.evaluate(actor, id, service, minutes, speed, locale);
    }

    @GetMapping("/{id}/centers")
    @Operation(summary = "The service centers as they would be under the scenario (registry, moved, proposed; closed left out)")
    List<ScenarioCenter> centers(Actor actor, @PathVariable long id) {
        return scenarios.centersUnder(actor, id);
    }

    @GetMapping("/{id}/service-areas")
    @Operation(summary = "Service areas of a tier's centers as they would be under the scenario (proposed centers have no id)")
    ServiceAreaReport serviceAreas(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "CENTER_15") Tier tier,
                                   @RequestParam(defaultValue = "ADULT") Speed speed) {
        return scenarios.serviceAreas(actor, id, tier, speed);
    }

    @GetMapping("/compare")
    @Operation(summary = "Two scenarios side by side for a service: share overall and per community, residents gained and lost")
    ScenarioComparison compare(Actor actor, @RequestParam long a, @RequestParam long b, @RequestParam String service,
                               @RequestParam(defaultValue = "15") int minutes,
                               @RequestParam(defaultValue = "ADULT") Speed speed, Locale locale) {
        return evaluator.compare(actor, a, b, service, minutes, speed, locale);
    }
}
