package org.lifecircle.planning.siting;

import java.util.Locale;

import org.lifecircle.atlas.Scope;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.planning.scenario.ChangeForm;
import org.lifecircle.planning.scenario.Scenario;
import org.lifecircle.planning.scenario.ScenarioForm;
import org.lifecircle.planning.scenario.ScenarioService;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.lifecircle.shared.Paged;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Site selection for planners and district administrators: a run is checked, queued and solved in the background
 * ({@link SitingRunner}); its answer can be saved as a what-if scenario that proposes the chosen sites. Starting a
 * run and saving it are in the audit log. Nothing here writes the registry.
 */
@Service
public class SitingService {

    private final ProblemBuilder problems;
    private final SitingRepository runs;
    private final SitingRunner runner;
    private final ScenarioService scenarios;
    private final MessageSource messages;
    private final AuditLog audit;

    SitingService(ProblemBuilder problems, SitingRepository runs, SitingRunner runner, ScenarioService scenarios,
                  MessageSource messages, AuditLog audit) {
        this.problems = problems;
        this.runs = runs;
        this.runner = runner;
        this.scenarios = scenarios;
        this.messages = messages;
        this.audit = audit;
    }

    /** Checks the request (every problem named by field), queues it and returns the queued run. */
    public SitingRun start(Actor actor, SitingForm form) {
        requirePlanner(actor);
        SitingProblem problem = problems.build(form);
        if (!runner.hasRoom()) {
            throw new InvalidInputException("model", "planning.siting.error.busy");
        }
        long id = runs.insert(form, actor.username());
        audit.record(actor, "planning.siting.started", "siting_run", id, form.getModel() + " " + target(form));
        runner.submit(id, problem);
        return get(actor, id);
    }

    public SitingRun get(Actor actor, long id) {
        requirePlanner(actor);
        return runs.find(id).orElseThrow(() -> new NotFoundException("planning.siting.run", id));
    }

    public Paged<SitingRun> list(Actor actor, Paged.Request page) {
        requirePlanner(actor);
        return runs.page(page);
    }

    /** Candidate sites from a CSV file; every problem by file, row and column ({@link CandidateCsv}). */
    public java.util.List<SitingForm.CandidatePoint> readCandidates(Actor actor, String file, byte[] bytes) {
        requirePlanner(actor);
        return CandidateCsv.read(file, bytes);
    }

    /** How a finished run's answer was found, in the reader's language (null before it is done). */
    public String solverText(SitingRun run, Locale locale) {
        if (run.result() == null) {
            return null;
        }
        String backend = run.result().solver().split(" ")[0];
        return messages.getMessage(run.result().solverKey(), new Object[] {backend}, run.result().solver(), locale);
    }

    /** The failure of a run in the reader's language (null when it did not fail). */
    public String errorMessage(SitingRun run, Locale locale) {
        return run.error() == null ? null : messages.getMessage(run.error(), null, run.error(), locale);
    }

    /**
     * A new scenario proposing the run's chosen sites (facilities of the kind, or centers of the tier), each named
     * after its number and candidate, and closing the existing ones the answer left out (when they were not kept
     * open), so that the scenario is the answer. The run remembers the scenario.
     */
    @Transactional
    public Scenario saveAsScenario(Actor actor, long id, ScenarioForm form, Locale locale) {
        SitingRun run = get(actor, id);
        if (run.status() != SitingRun.Status.DONE) {
            throw new InvalidInputException("run", "planning.siting.error.notDone", id);
        }
        Scenario scenario = scenarios.create(actor, form, locale);
        SitingForm request = run.request();
        boolean center = "CENTER".equals(request.getTarget());
        for (SitingResult.ChosenSite site : run.result().chosen()) {
            if (site.existingId() != null) {
                continue; // an existing site chosen again: it is in the registry already
            }
            ChangeForm change = new ChangeForm();
            change.setAction("ADD");
            change.setTarget(request.getTarget());
            change.setKind(center ? request.getTier() : request.getService());
            change.setName(messages.getMessage("planning.siting.proposalName", new Object[] {id, site.number(), site.name()}, locale));
            change.setLon(site.lon());
            change.setLat(site.lat());
            scenarios.addChange(actor, scenario.id(), change, locale);
        }
        for (long closed : run.result().closedIds()) { // existing sites the answer leaves out
            ChangeForm change = new ChangeForm();
            change.setAction("CLOSE");
            change.setTarget(request.getTarget());
            change.setTargetId(closed);
            scenarios.addChange(actor, scenario.id(), change, locale);
        }
        runs.savedAs(id, scenario.id());
        audit.record(actor, "planning.siting.saved", "siting_run", id, scenario.name());
        return scenarios.get(actor, scenario.id(), locale);
    }

    private static String target(SitingForm form) {
        return "CENTER".equals(form.getTarget()) ? form.getTier() : form.getService();
    }

    private static void requirePlanner(Actor actor) {
        Scope.require(actor.canManageDistrict(), "site selection");
    }
}
