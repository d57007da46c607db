package org.lifecircle.planning.siting;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.lifecircle.atlas.importing.ImportRejectedException;
import org.lifecircle.atlas.importing.ProblemMessages;
import org.lifecircle.identity.Actor;
import org.lifecircle.planning.scenario.Scenario;
import org.lifecircle.planning.scenario.ScenarioForm;
import org.lifecircle.shared.Paged;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Planning 规划", description = "Site selection: maximal covering, set covering and p-median (planners)")
class SitingApi {

    static final String RUNS = "/api/v1/planning/siting/runs";

    private final SitingService siting;
    private final ProblemMessages problems;

    SitingApi(SitingService siting, ProblemMessages problems) {
        this.siting = siting;
        this.problems = problems;
    }

    /** A run as the API shows it: the stored run with its failure in the reader's language. */
    record RunView(long id, SitingRun.Status status, String phase, double progress, SitingForm request, SitingResult result,
                   String solverText, String error, String errorMessage, Long scenarioId, String createdBy, Instant createdAt, Instant finishedAt) {
    }

    @PostMapping(RUNS)
    @Operation(summary = "Queue a siting run (solved in the background); poll its address for progress and the answer")
    ResponseEntity<RunView> start(Actor actor, @Valid @RequestBody SitingForm form, Locale locale) {
        RunView run = view(siting.start(actor, form), locale);
        return ResponseEntity.accepted().location(URI.create(RUNS + "/" + run.id())).body(run);
    }

    @GetMapping(RUNS + "/{id}")
    @Operation(summary = "A siting run: status, phase and progress while it runs; the chosen sites, the bound and the comparison with the current network when done")
    RunView get(Actor actor, @PathVariable long id, Locale locale) {
        return view(siting.get(actor, id), locale);
    }

    @GetMapping(RUNS)
    @Operation(summary = "Siting runs, newest first (paged)")
    Paged<RunView> list(Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                        Locale locale) {
        return siting.list(actor, new Paged.Request(page, size)).map(r -> view(r, locale));
    }

    @PostMapping(RUNS + "/{id}/scenario")
    @Operation(summary = "Save a finished run as a what-if scenario proposing its chosen sites")
    ResponseEntity<Scenario> save(Actor actor, @PathVariable long id, @Valid @RequestBody ScenarioForm form, Locale locale) {
        Scenario scenario = siting.saveAsScenario(actor, id, form, locale);
        return ResponseEntity.created(URI.create("/api/v1/planning/scenarios/" + scenario.id())).body(scenario);
    }

    @PostMapping(path = "/api/v1/planning/siting/candidates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Read candidate sites from a CSV file (name, lon, lat, crs): the points, or every problem by row and column")
    List<SitingForm.CandidatePoint> candidates(Actor actor, @RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "candidates.csv" : file.getOriginalFilename();
        return siting.readCandidates(actor, name, file.getBytes());
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException e, Locale locale) {
        return problems.rejected("planning.siting.csv.rejected", e.problems(), locale);
    }

    private RunView view(SitingRun r, Locale locale) {
        return new RunView(r.id(), r.status(), r.phase(), r.progress(), r.request(), r.result(), siting.solverText(r, locale), r.error(),
                siting.errorMessage(r, locale), r.scenarioId(), r.createdBy(), r.createdAt(), r.finishedAt());
    }
}
