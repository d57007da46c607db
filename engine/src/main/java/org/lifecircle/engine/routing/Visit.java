package org.lifecircle.engine.routing;

/**
 * A visit to be made at {@code node} of the travel-time matrix: the work starts within [{@code earliest},
 * {@code latest}] (seconds of the day, or any unit the matrix uses) and takes {@code duration}.
 *
 * @param requiredSkills bit set of skills the worker must all have (0: anyone)
 * @param load           what the visit uses of a worker's capacity (0 for care work; the Solomon benchmarks' demand)
 * @param dropPenalty    cost of leaving the visit out of the plan; {@link #MANDATORY} when it may not be left out. Set it
 *                       well above any route's cost so a visit is left out only when it cannot be made at all
 */
public record Visit(int node, long earliest, long latest, long duration, long requiredSkills, long load, long dropPenalty) {

    public static final long MANDATORY = -1;

    public Visit {
        if (earliest > latest) {
            throw new IllegalArgumentException("visit at node " + node + ": window " + earliest + ".." + latest + " is empty");
        }
        if (duration < 0 || load < 0) {
            throw new IllegalArgumentException("visit at node " + node + ": negative duration or load");
        }
    }

    public boolean mandatory() {
        return dropPenalty == MANDATORY;
    }
}
