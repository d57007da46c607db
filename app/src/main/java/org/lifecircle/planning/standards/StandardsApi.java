package org.lifecircle.planning.standards;

import java.util.List;

import org.lifecircle.atlas.ServiceClass;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/planning/standards")
@Tag(name = "Planning standards 规划标准",
        description = "What each tier must offer (GB 50180-2018, MOFCOM 2021, the seeds), the standard center's composition "
                + "and basic functions; planners and district administrators edit them")
class StandardsApi {

    private final StandardsService standards;

    StandardsApi(StandardsService standards) {
        this.standards = standards;
    }

    /** The whole standard in one answer. */
    record Standards(List<Requirement> requirements, List<CenterFunction> functions, List<CompositionShare> composition) {
    }

    @GetMapping
    @Operation(summary = "The standards table by tier, the basic functions and the standard center's composition")
    Standards all(@RequestParam(defaultValue = "false") boolean includeInactive) {
        return new Standards(standards.requirements(null, includeInactive), standards.functions(includeInactive),
                standards.composition());
    }

    @GetMapping("/requirements")
    @Operation(summary = "Rows of the standards table, by tier then in table order")
    List<Requirement> requirements(@Parameter(description = "CENTER_15, STREET_10, CIRCLE_5 or BLOCK; none: every tier")
                                   @RequestParam(required = false) StandardTier tier,
                                   @RequestParam(defaultValue = "false") boolean includeInactive) {
        return standards.requirements(tier, includeInactive);
    }

    @GetMapping("/requirements/{id}")
    Requirement requirement(@PathVariable long id) {
        return standards.requirement(id);
    }

    @GetMapping("/requirements/{id}/versions")
    @Operation(summary = "Every version of a row, oldest first: what changed, who changed it and when")
    List<RequirementVersion> versions(@PathVariable long id) {
        return standards.versions(id);
    }

    @PostMapping("/requirements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a row; codes are catalogue kind or group codes joined by '|', empty for a row the registry cannot measure")
    Requirement create(Actor actor, @RequestBody RequirementForm form) {
        return standards.create(actor, form);
    }

    @PutMapping("/requirements/{id}")
    @Operation(summary = "Change a row (a new version); every field is checked before anything is saved")
    Requirement update(Actor actor, @PathVariable long id, @RequestBody RequirementForm form) {
        return standards.update(actor, id, form);
    }

    @DeleteMapping("/requirements/{id}")
    @Operation(summary = "Deactivate a row: it leaves the evaluation but stays in the table with its history")
    Requirement deactivate(Actor actor, @PathVariable long id) {
        return standards.deactivate(actor, id);
    }

    @PutMapping("/functions/{id}")
    @Operation(summary = "Correct one of the basic functions (names, class, catalogue codes, source)")
    CenterFunction updateFunction(Actor actor, @PathVariable long id, @RequestBody CenterFunctionForm form) {
        return standards.updateFunction(actor, id, form);
    }

    @PutMapping("/composition/{serviceClass}")
    @Operation(summary = "Correct the standard center's area for one class of service")
    CompositionShare updateComposition(Actor actor, @PathVariable ServiceClass serviceClass, @RequestBody CompositionForm form) {
        return standards.updateComposition(actor, serviceClass, form);
    }
}
