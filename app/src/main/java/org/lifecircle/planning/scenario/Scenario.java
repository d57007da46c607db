package org.lifecircle.planning.scenario;

import java.time.Instant;
import java.util.List;

/** A what-if scenario with its changes in the order they apply. */
public record Scenario(long id, String name, String description, String createdBy, Instant createdAt, Instant updatedAt,
                       List<ScenarioChange> changes) {
}
