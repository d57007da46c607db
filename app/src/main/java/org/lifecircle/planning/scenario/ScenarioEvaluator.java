package org.lifecircle.planning.scenario;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lifecircle.atlas.Scope;
import org.lifecircle.atlas.category.Category;
import org.lifecircle.identity.Actor;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.AccessModels;
import org.lifecircle.planning.access.ServiceCatalogue;
import org.lifecircle.planning.access.ServicePoint;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.coverage.CoverageService;
import org.lifecircle.planning.scenario.ScenarioChange.Action;
import org.lifecircle.planning.scenario.ScenarioChange.Target;
import org.lifecircle.planning.scenario.ServiceScenario.BeforeAfter;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Evaluates scenarios against the registry without writing it. The engine states behind an answer are kept per
 * scenario, service, walking time and speed (least recently used dropped first), so the next question after one
 * more change costs one incremental what-if step instead of a fresh start.
 */
@Service
public class ScenarioEvaluator {

    /** Cached states for a network of {@code n} nodes: each holds two what-if states of about 40 bytes a node. */
    private static int cacheSize(int nodes) {
        return Math.max(4, Math.min(64, 2_000_000 / Math.max(1, nodes)));
    }

    private record StateKey(long scenarioId, String service, int minutes, Speed speed) {
    }

    private final ScenarioService scenarios;
    private final AccessModels models;
    private final ServiceCatalogue catalogue;
    private final Map<StateKey, ServiceScenario> states;

    ScenarioEvaluator(ScenarioService scenarios, AccessModels models, ServiceCatalogue catalogue,
                      StreetNetwork streets) {
        this.scenarios = scenarios;
        this.models = models;
        this.catalogue = catalogue;
        int size = cacheSize(streets.network().nodeCount());
        this.states = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<StateKey, ServiceScenario> eldest) {
                return size() > size;
            }
        });
    }

    /** Coverage of one service before and after the scenario, their difference and the touched services' gaps. */
    public ScenarioEvaluation evaluate(Actor actor, long scenarioId, String service, int minutes, Speed speed,
                                       Locale locale) {
        checkQuestion(actor, service, minutes);
        Scenario scenario = scenarios.stored(scenarioId);
        return evaluate(scenario, service, minutes, models.current(speed), locale);
    }

    /** Two scenarios side by side, on the same registry snapshot. */
    public ScenarioComparison compare(Actor actor, long a, long b, String service, int minutes, Speed speed,
                                      Locale locale) {
        checkQuestion(actor, service, minutes);
        Scenario first = scenarios.stored(a);
        Scenario second = scenarios.stored(b);
        AccessModel m = models.current(speed);
        return ScenarioComparison.of(evaluate(first, service, minutes, m, locale),
                evaluate(second, service, minutes, m, locale));
    }

    private void checkQuestion(Actor actor, String service, int minutes) {
        Scope.require(actor.canManageDistrict(), "planning scenarios");
        CoverageService.requireMinutes(minutes, "minutes");
        if (service.startsWith(CoverageService.TIER_SET)) {
            throw new InvalidInputException("service", "planning.scenario.error.tierSet", service);
        }
        catalogue.require(service, "service");
    }

    private ScenarioEvaluation evaluate(Scenario scenario, String service, int minutes, AccessModel m, Locale locale) {
        List<Category> all = catalogue.all();
        Map<String, String> groupOfKind = groupOfKind(all);
        Map<String, String> names = new HashMap<>();
        all.forEach(c -> names.put(c.code(), c.name(locale)));
        BeforeAfter main = reports(scenario, service, minutes, m, groupOfKind, names.get(service));
        List<ServiceGaps> gaps = affectedServices(scenario, m, groupOfKind).stream().map(code -> {
            BeforeAfter r = code.equals(service) ? main : reports(scenario, code, minutes, m, groupOfKind, names.get(code));
            return ServiceGaps.of(r.before(), r.after(), models.settings().isElderCare(code));
        }).toList();
        return new ScenarioEvaluation(scenario.id(), scenario.name(), service, minutes, m.speed(), main.before(),
                main.after(), CoverageDiff.of(main.before(), main.after()), gaps);
    }

    /** From the cached state when it can catch up with the scenario, else from a new one. */
    private BeforeAfter reports(Scenario scenario, String service, int minutes, AccessModel m,
                                Map<String, String> groupOfKind, String name) {
        StateKey key = new StateKey(scenario.id(), service, minutes, m.speed());
        ServiceScenario state = states.get(key);
        try {
            BeforeAfter answer = state == null ? null : state.evaluate(m, scenario.changes(), name);
            if (answer == null) {
                state = new ServiceScenario(m, service, minutes, groupOfKind);
                answer = state.evaluate(m, scenario.changes(), name);
                states.put(key, state);
            }
            return answer;
        } catch (RuntimeException e) {
            states.remove(key); // a state that failed halfway through a change is not to be trusted again
            throw e;
        }
    }

    /** The kinds and groups whose points the scenario adds, moves or closes, in the order the changes name them. */
    private static Set<String> affectedServices(Scenario scenario, AccessModel m, Map<String, String> groupOfKind) {
        Map<Long, ServicePoint> registry = new HashMap<>();
        m.services().forEach(p -> registry.put(p.facilityId(), p));
        Set<String> codes = new LinkedHashSet<>();
        for (ScenarioChange c : scenario.changes()) {
            if (c.target() != Target.FACILITY) {
                continue;
            }
            String kind = c.action() == Action.ADD ? c.kind()
                    : registry.containsKey(c.targetId()) ? registry.get(c.targetId()).kindCode() : null;
            if (kind != null) {
                codes.add(kind);
                if (groupOfKind.get(kind) != null) {
                    codes.add(groupOfKind.get(kind));
                }
            }
        }
        return codes;
    }

    /** Every code of the catalogue with the code of its handbook group (a group's is its own). */
    private static Map<String, String> groupOfKind(List<Category> all) {
        Map<Long, String> codeOfId = new HashMap<>();
        all.forEach(c -> codeOfId.put(c.id(), c.code()));
        Map<String, String> groups = new HashMap<>();
        all.forEach(c -> groups.put(c.code(), c.isGroup() ? c.code() : codeOfId.get(c.parentId())));
        return groups;
    }
}
