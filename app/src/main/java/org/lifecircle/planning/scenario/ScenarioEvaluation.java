package org.lifecircle.planning.scenario;

import java.util.List;

import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.coverage.CoverageReport;

/**
 * A scenario evaluated for one service and walking time: the coverage before (the registry) and after (the
 * registry with the scenario's changes), their difference, the gaps before and after of every service the
 * scenario touches.
 */
public record ScenarioEvaluation(long scenarioId, String scenarioName, String service, int minutes, Speed speed,
                                 CoverageReport before, CoverageReport after, CoverageDiff diff,
                                 List<ServiceGaps> gaps) {
}
