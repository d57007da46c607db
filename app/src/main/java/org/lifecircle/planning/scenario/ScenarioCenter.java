package org.lifecircle.planning.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.atlas.Tier;
import org.lifecircle.atlas.center.ServiceCenter;
import org.lifecircle.planning.scenario.ScenarioChange.Action;
import org.lifecircle.planning.scenario.ScenarioChange.Target;

/**
 * A service center as it would be under a scenario: a registry center where it is ({@code REGISTRY}) or moved
 * ({@code MOVED}), or a proposed one ({@code PROPOSED}: {@code centerId} and {@code subDistrictName} null,
 * {@code changeId} its change). Closed centers are left out.
 */
public record ScenarioCenter(Long centerId, Long changeId, String name, String subDistrictName, Tier tier, double lon,
                             double lat, State state) {

    public enum State { REGISTRY, MOVED, PROPOSED }

    /** The registry's centers with the scenario's center changes applied in order; changes of gone centers do nothing. */
    static List<ScenarioCenter> under(List<ServiceCenter> registry, List<ScenarioChange> changes) {
        Map<Long, ScenarioCenter> centers = new LinkedHashMap<>();
        for (ServiceCenter c : registry) {
            centers.put(c.id(), new ScenarioCenter(c.id(), null, c.name(), c.subDistrictName(), c.tier(), c.lon(), c.lat(),
                    State.REGISTRY));
        }
        List<ScenarioCenter> proposed = new ArrayList<>();
        for (ScenarioChange change : changes) {
            if (change.target() != Target.CENTER) {
                continue;
            }
            if (change.action() == Action.ADD) {
                proposed.add(new ScenarioCenter(null, change.id(), change.name(), null, Tier.valueOf(change.kind()),
                        change.lon(), change.lat(), State.PROPOSED));
            } else if (change.action() == Action.MOVE) {
                centers.computeIfPresent(change.targetId(), (id, c) -> new ScenarioCenter(id, change.id(), c.name(),
                        c.subDistrictName(), c.tier(), change.lon(), change.lat(), State.MOVED));
            } else {
                centers.remove(change.targetId());
            }
        }
        List<ScenarioCenter> all = new ArrayList<>(centers.values());
        all.addAll(proposed);
        return all;
    }
}
