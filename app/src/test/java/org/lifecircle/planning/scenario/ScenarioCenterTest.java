package org.lifecircle.planning.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lifecircle.atlas.Tier;
import org.lifecircle.atlas.center.ServiceCenter;
import org.lifecircle.planning.scenario.ScenarioChange.Action;
import org.lifecircle.planning.scenario.ScenarioChange.Target;
import org.lifecircle.planning.scenario.ScenarioCenter.State;

/** The centers under a scenario: the registry's, moved or closed by it, and its proposals; facility changes do nothing. */
class ScenarioCenterTest {

    @Test
    void centersAreMovedClosedAndProposedInOrder() {
        List<ServiceCenter> registry = List.of(center(1, "甲中心", 113.70, 34.78), center(2, "乙中心", 113.71, 34.79),
                center(3, "丙中心", 113.72, 34.77));
        List<ScenarioChange> changes = List.of(
                change(10, Action.MOVE, Target.CENTER, null, null, 1L, 113.75, 34.80),
                change(11, Action.CLOSE, Target.CENTER, null, null, 2L, null, null),
                change(12, Action.ADD, Target.CENTER, "STREET_10", "拟建街区", null, 113.76, 34.81),
                change(13, Action.CLOSE, Target.FACILITY, null, null, 3L, null, null),
                change(14, Action.MOVE, Target.CENTER, null, null, 99L, 113.70, 34.70),
                change(15, Action.MOVE, Target.CENTER, null, null, 1L, 113.77, 34.82));

        assertThat(ScenarioCenter.under(registry, changes)).containsExactly(
                new ScenarioCenter(1L, 15L, "甲中心", "街道", Tier.CENTER_15, 113.77, 34.82, State.MOVED),
                new ScenarioCenter(3L, null, "丙中心", "街道", Tier.CENTER_15, 113.72, 34.77, State.REGISTRY),
                new ScenarioCenter(null, 12L, "拟建街区", null, Tier.STREET_10, 113.76, 34.81, State.PROPOSED));
    }

    private static ServiceCenter center(long id, String name, double lon, double lat) {
        return new ServiceCenter(id, 1, "街道", name, Tier.CENTER_15, null, lon, lat, lon, lat, "WGS84", null, null, null,
                null, null, false, null, Map.of(), List.of());
    }

    private static ScenarioChange change(long id, Action action, Target target, String kind, String name, Long targetId,
                                         Double lon, Double lat) {
        return new ScenarioChange(id, (int) id, action, target, kind, name, targetId, lon, lat, lon, lat,
                lon == null ? null : "WGS84", "test", null, null, null, null, null);
    }
}
