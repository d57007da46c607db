package org.lifecircle.engine.routing;

import java.util.List;

/**
 * The routes found: one per worker (possibly empty), the visits left out, and the totals.
 *
 * @param dropped   indexes (into the problem's visits) of the visits no route takes
 * @param travel    total travel time of all routes (without the work at the visits)
 * @param optimal   true only when the solver proved no better plan exists (small problems)
 */
public record RoutePlan(List<Route> routes, List<Integer> dropped, long travel, boolean optimal) {

    /** A worker's day: the stops in order and when the worker leaves and comes back. */
    public record Route(int worker, long leave, long back, List<Stop> stops) {

        public List<Integer> visits() {
            return stops.stream().map(Stop::visit).toList();
        }
    }

    /** A visit on a route: the worker arrives at {@code arrival} and starts at {@code start} (after waiting, if early). */
    public record Stop(int visit, long arrival, long start) {
    }

    /** The visits of each worker's route, in order: the hint for planning again after a change. */
    public int[][] visitsByWorker() {
        return routes.stream().map(r -> r.visits().stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
