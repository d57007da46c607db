package org.lifecircle.planning.siting;

import java.time.Instant;

/**
 * One run of a siting model: what was asked, how far it has come and, once done, the answer.
 *
 * @param phase    the engine's phase while it runs (MATRIX, HEURISTIC, BOUND, EXACT), null otherwise
 * @param progress of the current phase, 0..1
 * @param error    FAILED: what went wrong, in the words shown to the planner
 */
public record SitingRun(long id, Status status, String phase, double progress, SitingForm request, SitingResult result,
                        String error, Long scenarioId, String createdBy, Instant createdAt, Instant finishedAt) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }
}
