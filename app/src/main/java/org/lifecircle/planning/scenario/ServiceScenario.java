package org.lifecircle.planning.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lifecircle.engine.access.WhatIf;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.ServicePoint;
import org.lifecircle.planning.coverage.CoverageReport;
import org.lifecircle.planning.coverage.CoverageReport.CompoundAccess;
import org.lifecircle.planning.scenario.ScenarioChange.Action;
import org.lifecircle.planning.scenario.ScenarioChange.Target;

/**
 * One service's coverage before and after a scenario, as two what-if states of the engine started on the
 * same registry snapshot: "before" is the registry as it is, "after" the registry with the scenario's changes
 * that concern the service applied one at a time (WhatIf.add, move, remove). The engine guarantees each step
 * equals a full recomputation, so a scenario that has grown by changes at its end is caught up incrementally;
 * any other edit of the scenario, or a changed registry, needs a new state. Synchronized: one state may be
 * asked for by several requests at once.
 */
final class ServiceScenario {

    /** What a what-if id of the "after" state stands for: a registry facility (moved or not) or a proposal. */
    private record Placed(Long facilityId, String name, double lon, double lat) {
    }

    /** The two reports of one evaluation. */
    record BeforeAfter(CoverageReport before, CoverageReport after) {
    }

    private final AccessModel model;
    private final String service;
    private final int minutes;
    private final Map<String, String> groupOfKind;
    private final int[] members;
    private final Map<Long, ServicePoint> registry = new HashMap<>();
    private final Map<Long, Integer> idOfFacility = new HashMap<>();
    private final List<Placed> placed = new ArrayList<>();
    private final Set<Long> closed = new HashSet<>();
    private final WhatIf before;
    private final WhatIf after;
    private final List<ScenarioChange> applied = new ArrayList<>();

    /**
     * @param groupOfKind the handbook group of every kind of the catalogue (a proposal of a kind also counts for
     *                    its group)
     */
    ServiceScenario(AccessModel model, String service, int minutes, Map<String, String> groupOfKind) {
        this.model = model;
        this.service = service;
        this.minutes = minutes;
        this.groupOfKind = groupOfKind;
        members = model.servicesOffering(service);
        for (ServicePoint p : model.services()) {
            registry.put(p.facilityId(), p);
        }
        for (int id = 0; id < members.length; id++) {
            ServicePoint p = model.services().get(members[id]);
            idOfFacility.put(p.facilityId(), id);
            placed.add(new Placed(p.facilityId(), p.name(), p.lon(), p.lat()));
        }
        before = model.whatIf(members, minutes * 60.0);
        after = model.whatIf(members, minutes * 60.0);
    }

    /** Whether the change alters where this service is offered. Centers never do: they are not service points. */
    boolean concerns(ScenarioChange c) {
        if (c.target() != Target.FACILITY) {
            return false;
        }
        if (c.action() == Action.ADD) {
            return service.equals(c.kind()) || service.equals(groupOfKind.get(c.kind()));
        }
        ServicePoint p = registry.get(c.targetId());
        return p != null && p.offers(service);
    }

    /**
     * The reports for the scenario with these changes, or null when this state cannot get there by applying
     * changes at the end (the registry changed, or an earlier change was edited or removed).
     */
    synchronized BeforeAfter evaluate(AccessModel current, List<ScenarioChange> changes, String serviceName) {
        if (current != model || changes.size() < applied.size() || !changes.subList(0, applied.size()).equals(applied)) {
            return null;
        }
        for (ScenarioChange c : changes.subList(applied.size(), changes.size())) {
            apply(c);
        }
        CoverageReport b = CoverageReport.of(model, service, serviceName, minutes, members, before, id -> null);
        CoverageReport a = CoverageReport.of(model, service, serviceName, minutes, members, after, id -> placed.get(id).name());
        return new BeforeAfter(b, asTheScenarioPlacesThem(a));
    }

    private void apply(ScenarioChange c) {
        applied.add(c);
        if (!concerns(c)) {
            return;
        }
        // positions were on the network when saved; one that no longer is (another network) changes nothing
        Snap at = c.action() == Action.CLOSE ? null : model.snap(c.lon(), c.lat());
        switch (c.action()) {
            case ADD -> {
                if (at != null) {
                    after.add(at);
                    placed.add(new Placed(null, c.name(), c.lon(), c.lat()));
                }
            }
            case MOVE -> {
                int id = idOfFacility.get(c.targetId());
                Placed p = placed.get(id);
                if (at == null || closed.contains(c.targetId())) {
                    return;
                }
                if (after.facility(id) != null) {
                    after.move(id, at);
                    placed.set(id, new Placed(p.facilityId(), p.name(), c.lon(), c.lat()));
                } else {
                    // in the registry too far from every street to count; moved, it counts under a new id
                    idOfFacility.put(c.targetId(), after.add(at));
                    placed.add(new Placed(p.facilityId(), p.name(), c.lon(), c.lat()));
                }
            }
            case CLOSE -> {
                int id = idOfFacility.get(c.targetId());
                if (after.facility(id) != null) {
                    after.remove(id);
                }
                closed.add(c.targetId());
            }
        }
    }

    /**
     * The report with the points where the scenario puts them (moved facilities at their new place, proposals as
     * entered), and the registry's id for compounds nearest to a facility that only counts under a new what-if id
     * (one too far from every street until the scenario moved it).
     */
    private CoverageReport asTheScenarioPlacesThem(CoverageReport r) {
        List<CoverageReport.Point> points = new ArrayList<>();
        for (int id = 0; id < after.facilityIds(); id++) {
            if (after.facility(id) != null) {
                Placed p = placed.get(id);
                points.add(new CoverageReport.Point(p.facilityId(), p.name(), p.lon(), p.lat()));
            }
        }
        List<CompoundAccess> compounds = new ArrayList<>(r.compounds());
        for (int o = 0; o < compounds.size(); o++) {
            int id = after.nearestFacility(o);
            CompoundAccess c = compounds.get(o);
            if (c.minutes() != null && id >= members.length && placed.get(id).facilityId() != null) {
                compounds.set(o, new CompoundAccess(c.id(), c.name(), c.communityId(), c.communityName(), c.population(),
                        c.populationEstimated(), c.elderlyShare(), c.lon(), c.lat(), c.minutes(),
                        placed.get(id).facilityId(), c.nearestName(), c.covered(), c.snapped()));
            }
        }
        return new CoverageReport(r.service(), r.serviceName(), r.minutes(), r.speed(), points, r.overall(),
                r.nationalTarget(), r.shanghaiTarget(), r.communities(), compounds, r.distribution());
    }
}
