package org.lifecircle.programme.buildout;

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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/programme")
@Tag(name = "Build-out programme 建设计划",
        description = "Planned centers by phase and stage (sited, under construction, preparing to open, open); staff only")
class ProgrammeApi {

    private final ProgrammeService programme;

    ProgrammeApi(ProgrammeService programme) {
        this.programme = programme;
    }

    @GetMapping("/centers")
    @Operation(summary = "Planned centers, by phase, furthest along first, then pinyin; filters optional")
    List<PlannedCenter> list(Actor actor, @Parameter(description = "1 (一期) or 2 (二期)") @RequestParam(required = false) Integer phase,
                             @RequestParam(required = false) BuildStatus status,
                             @RequestParam(required = false) Long subDistrictId) {
        return programme.find(actor, new ProgrammeFilter(phase, status, subDistrictId));
    }

    @GetMapping("/centers/{id}")
    @Operation(summary = "A planned center with its status history")
    PlannedCenter get(Actor actor, @PathVariable long id) {
        return programme.get(actor, id);
    }

    @GetMapping("/summary")
    @Operation(summary = "How many centers per phase are at each stage")
    ProgrammeSummary summary(Actor actor) {
        return ProgrammeSummary.of(programme.find(actor, ProgrammeFilter.ALL));
    }

    @PostMapping("/centers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a planned center at the stage it has reached (planner or district admin)")
    PlannedCenter create(Actor actor, @Valid @RequestBody PlannedCenterForm form) {
        return programme.create(actor, form);
    }

    @PutMapping("/centers/{id}")
    @Operation(summary = "Correct a planned center (planner or district admin); the status must stay as it is")
    PlannedCenter update(Actor actor, @PathVariable long id, @Valid @RequestBody PlannedCenterForm form) {
        return programme.update(actor, id, form);
    }

    @PostMapping("/centers/{id}/status")
    @Operation(summary = "Report a status change: one stage forward, or back after a setback (planner or district admin)")
    PlannedCenter changeStatus(Actor actor, @PathVariable long id, @Valid @RequestBody StatusChangeForm change) {
        return programme.changeStatus(actor, id, change);
    }

    @PostMapping("/centers/{id}/registry-center")
    @Operation(summary = "Enter the center in the atlas registry at its planned position and link it (planner or district admin)")
    PlannedCenter createRegistryCenter(Actor actor, @PathVariable long id) {
        return programme.createRegistryCenter(actor, id);
    }
}
