package org.lifecircle.planning.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.lifecircle.atlas.Positions;
import org.lifecircle.atlas.Scope;
import org.lifecircle.atlas.Tier;
import org.lifecircle.atlas.category.Category;
import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.center.ServiceCenter;
import org.lifecircle.atlas.facility.Facility;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.planning.access.AccessModels;
import org.lifecircle.planning.access.ServiceCatalogue;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.areas.ServiceAreaReport;
import org.lifecircle.planning.areas.ServiceAreaService;
import org.lifecircle.planning.areas.ServiceAreaService.CenterPoint;
import org.lifecircle.planning.scenario.ScenarioChange.Action;
import org.lifecircle.planning.scenario.ScenarioChange.Target;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;
import org.lifecircle.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios and their changes, for planners and district administrators, who share them. Nothing here writes
 * the registry: a change only names a facility or center of it. Creating, renaming and discarding a scenario
 * is in the audit log.
 */
@Service
public class ScenarioService {

    private final ScenarioRepository scenarios;
    private final FacilityService facilities;
    private final CenterService centers;
    private final ServiceCatalogue catalogue;
    private final AccessModels models;
    private final ServiceAreaService areas;
    private final MessageSource messages;
    private final AuditLog audit;

    ScenarioService(ScenarioRepository scenarios, FacilityService facilities, CenterService centers,
                    ServiceCatalogue catalogue, AccessModels models, ServiceAreaService areas, MessageSource messages,
                    AuditLog audit) {
        this.scenarios = scenarios;
        this.facilities = facilities;
        this.centers = centers;
        this.catalogue = catalogue;
        this.models = models;
        this.areas = areas;
        this.messages = messages;
        this.audit = audit;
    }

    /** Every scenario, most recently changed first. */
    public List<Scenario> all(Actor actor, Locale locale) {
        requirePlanner(actor);
        UnaryOperator<ScenarioChange> describe = describer(locale);
        return scenarios.findAll().stream().map(s -> described(s, describe)).toList();
    }

    public Scenario get(Actor actor, long id, Locale locale) {
        requirePlanner(actor);
        return described(stored(id), describer(locale));
    }

    /** The scenario as stored, for evaluation. */
    Scenario stored(long id) {
        return scenarios.findById(id).orElseThrow(() -> new NotFoundException("planning.scenario", id));
    }

    @Transactional
    public Scenario create(Actor actor, ScenarioForm form, Locale locale) {
        requirePlanner(actor);
        requireFreeName(form.getName(), null);
        long id = scenarios.insert(form, actor);
        audit.record(actor, "planning.scenario.created", "scenario", id, form.getName());
        return get(actor, id, locale);
    }

    @Transactional
    public Scenario update(Actor actor, long id, ScenarioForm form, Locale locale) {
        requirePlanner(actor);
        Scenario existing = stored(id);
        requireFreeName(form.getName(), id);
        scenarios.update(id, form);
        audit.record(actor, "planning.scenario.updated", "scenario", id, existing.name() + " → " + form.getName());
        return get(actor, id, locale);
    }

    /** Discards the scenario and its changes; the registry is as it was. */
    @Transactional
    public void discard(Actor actor, long id) {
        requirePlanner(actor);
        Scenario existing = stored(id);
        scenarios.delete(id);
        audit.record(actor, "planning.scenario.discarded", "scenario", id, existing.name());
    }

    /** Appends a change; its fields are checked against the catalogue, the registry and the street network. */
    @Transactional
    public ScenarioChange addChange(Actor actor, long scenarioId, ChangeForm form, Locale locale) {
        requirePlanner(actor);
        Scenario scenario = stored(scenarioId);
        ScenarioChange change = checked(form, 0, Integer.MAX_VALUE);
        requireOpenTargets(scenario.changes(), change);
        long id = scenarios.addChange(scenarioId, change, actor);
        return describer(locale).apply(change(stored(scenarioId), id));
    }

    /** Replaces a change (e.g. a proposal moved or renamed), keeping its place in the order. */
    @Transactional
    public ScenarioChange updateChange(Actor actor, long scenarioId, long changeId, ChangeForm form, Locale locale) {
        requirePlanner(actor);
        Scenario scenario = stored(scenarioId);
        ScenarioChange change = checked(form, changeId, change(scenario, changeId).seq());
        requireOpenTargets(scenario.changes(), change);
        scenarios.updateChange(scenarioId, changeId, change);
        return describer(locale).apply(change(stored(scenarioId), changeId));
    }

    /** Takes a change back. */
    @Transactional
    public void deleteChange(Actor actor, long scenarioId, long changeId) {
        requirePlanner(actor);
        change(stored(scenarioId), changeId);
        scenarios.deleteChange(scenarioId, changeId);
    }

    /**
     * The service centers as they would be under the scenario: the registry's, moved or closed by it, and its
     * proposed ones. For analyses built on centers (service areas).
     */
    public List<ScenarioCenter> centersUnder(Actor actor, long scenarioId) {
        requirePlanner(actor);
        return ScenarioCenter.under(centers.find(null, null), stored(scenarioId).changes());
    }

    /** The service areas of a tier's centers as they would be under the scenario. */
    public ServiceAreaReport serviceAreas(Actor actor, long scenarioId, Tier tier, Speed speed) {
        List<CenterPoint> points = centersUnder(actor, scenarioId).stream().filter(c -> c.tier() == tier)
                .map(c -> new CenterPoint(c.centerId(), c.name(), c.subDistrictName(), c.lon(), c.lat())).toList();
        return areas.serviceAreas(tier, speed, points);
    }

    private static void requirePlanner(Actor actor) {
        Scope.require(actor.canManageDistrict(), "planning scenarios");
    }

    private void requireFreeName(String name, Long id) {
        if (scenarios.nameTaken(name, id)) {
            throw new InvalidInputException("name", "planning.scenario.error.nameTaken", name);
        }
    }

    private static ScenarioChange change(Scenario scenario, long changeId) {
        return scenario.changes().stream().filter(c -> c.id() == changeId).findFirst()
                .orElseThrow(() -> new NotFoundException("planning.scenario.change", changeId));
    }

    /** The change the form describes, with only the fields its action uses; every problem named by field. */
    private ScenarioChange checked(ChangeForm form, long id, int seq) {
        Action action = form.action();
        Target target = form.target();
        List<FieldProblem> problems = new ArrayList<>();
        boolean add = action == Action.ADD;
        if (add) {
            require(problems, "kind", form.getKind());
            require(problems, "name", form.getName());
            if (form.getKind() != null) {
                checkKind(problems, target, form.getKind());
            }
        } else if (require(problems, "targetId", form.getTargetId())) {
            checkTarget(problems, target, form.getTargetId());
        }
        double[] wgs84 = null;
        // both coordinates reported when both are missing: no short-circuit
        if (action != Action.CLOSE && require(problems, "lon", form.getLon()) & require(problems, "lat", form.getLat())) {
            try {
                wgs84 = Positions.toWgs84(form.getCrs(), form.getLon(), form.getLat());
                if (models.current(Speed.ADULT).snap(wgs84[0], wgs84[1]) == null) {
                    problems.add(new FieldProblem("lon", "planning.scenario.error.offNetwork",
                            models.settings().snapLimitMetres()));
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean placed = wgs84 != null;
        return new ScenarioChange(id, seq, action, target, add ? form.getKind() : null, add ? form.getName() : null,
                add ? null : form.getTargetId(), placed ? wgs84[0] : null, placed ? wgs84[1] : null,
                placed ? form.getLon() : null, placed ? form.getLat() : null, placed ? form.getCrs() : null,
                null, null, null, null, null, null);
    }

    private static boolean require(List<FieldProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "planning.scenario.error.required"));
        }
        return value != null;
    }

    private void checkKind(List<FieldProblem> problems, Target target, String kind) {
        if (target == Target.CENTER) {
            if (List.of(Tier.values()).stream().noneMatch(t -> t.name().equals(kind))) {
                problems.add(new FieldProblem("kind", "planning.scenario.error.tier", kind));
            }
            return;
        }
        Category category = catalogue.all().stream().filter(c -> c.code().equals(kind)).findFirst().orElse(null);
        if (category == null) {
            problems.add(new FieldProblem("kind", "planning.scenario.error.kind", kind));
        } else if (category.isGroup()) {
            problems.add(new FieldProblem("kind", "planning.scenario.error.kindIsGroup", kind));
        }
    }

    private void checkTarget(List<FieldProblem> problems, Target target, long id) {
        try {
            if (target == Target.FACILITY) {
                facilities.get(id);
            } else {
                centers.get(id);
            }
        } catch (NotFoundException e) {
            problems.add(new FieldProblem("targetId", target == Target.FACILITY
                    ? "planning.scenario.error.facility" : "planning.scenario.error.center", id));
        }
    }

    /** A closed facility or center takes no further change: the scenario with this change must not need one. */
    private static void requireOpenTargets(List<ScenarioChange> existing, ScenarioChange change) {
        List<ScenarioChange> result = new ArrayList<>(existing.stream().filter(c -> c.id() != change.id()).toList());
        result.add(change);
        result.sort(Comparator.comparingInt(ScenarioChange::seq));
        Set<String> closed = new HashSet<>();
        for (ScenarioChange c : result) {
            if (c.targetId() == null) {
                continue;
            }
            String key = c.target() + ":" + c.targetId();
            if (closed.contains(key)) {
                throw new InvalidInputException("targetId", "planning.scenario.error.closed", c.targetId());
            }
            if (c.action() == Action.CLOSE) {
                closed.add(key);
            }
        }
    }

    private static Scenario described(Scenario s, UnaryOperator<ScenarioChange> describe) {
        return new Scenario(s.id(), s.name(), s.description(), s.createdBy(), s.createdAt(), s.updatedAt(),
                s.changes().stream().map(describe).toList());
    }

    /**
     * Gives changes the names a reader needs: the proposal's kind, or the target's name and registry position
     * (the catalogue read once for all the changes it describes).
     */
    private UnaryOperator<ScenarioChange> describer(Locale locale) {
        Map<String, String> kindNames = new HashMap<>();
        catalogue.all().forEach(c -> kindNames.put(c.code(), c.name(locale)));
        return c -> {
            if (c.action() == Action.ADD) {
                return c.describedAs(c.target() == Target.CENTER
                        ? messages.getMessage("atlas.tier." + c.kind(), null, c.kind(), locale)
                        : kindNames.getOrDefault(c.kind(), c.kind()), null, null, null);
            }
            try {
                if (c.target() == Target.FACILITY) {
                    Facility f = facilities.get(c.targetId());
                    return c.describedAs(null, f.name(), f.lon(), f.lat());
                }
                ServiceCenter center = centers.get(c.targetId());
                return c.describedAs(null, center.name(), center.lon(), center.lat());
            } catch (NotFoundException gone) {
                return c; // no longer in the registry: shown without a name, changes nothing
            }
        };
    }
}
