package org.lifecircle.engine.routing;

import java.util.List;

/**
 * Visits, workers and the travel times between places: {@code travel[mode][from][to]} in the unit of the time windows
 * (seconds for the care platform). Each worker uses the matrix of its mode.
 *
 * @param balance weight of the longest route's length in the objective, to spread the work fairly (0: total travel
 *                only). Each unit of the longest route counts as {@code balance} units of travel
 */
public record RoutingProblem(long[][][] travel, List<Visit> visits, List<Worker> workers, long balance) {

    public RoutingProblem {
        visits = List.copyOf(visits);
        workers = List.copyOf(workers);
        int nodes = travel.length == 0 ? 0 : travel[0].length;
        for (long[][] matrix : travel) {
            if (matrix.length != nodes) {
                throw new IllegalArgumentException("every travel matrix must have " + nodes + " rows");
            }
        }
        for (Visit v : visits) {
            check(v.node(), nodes, "visit");
        }
        for (Worker w : workers) {
            check(w.startNode(), nodes, "worker start");
            check(w.endNode(), nodes, "worker end");
            if (w.mode() < 0 || w.mode() >= travel.length) {
                throw new IllegalArgumentException("worker mode " + w.mode() + " has no travel matrix");
            }
        }
    }

    private static void check(int node, int nodes, String what) {
        if (node < 0 || node >= nodes) {
            throw new IllegalArgumentException(what + " node " + node + " is not in the travel matrix (" + nodes + " nodes)");
        }
    }

    long travel(int mode, int from, int to) {
        return travel[mode][from][to];
    }
}
