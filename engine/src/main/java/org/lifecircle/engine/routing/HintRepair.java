package org.lifecircle.engine.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Completes a re-plan's hint before the search starts from it: each visit no hinted route has (a new one, or one of a
 * worker who dropped out) goes into the route and position where it adds least travel while every visit of that route
 * still starts within its window, the worker's skills and capacity suffice and the worker is back by the shift's end.
 * Visits no route can take stay out.
 *
 * <p>Why: the search (guided local search) starts from the hint and inserts a missing visit only when one of its moves
 * happens to, which for the 13 visits of a caregiver gone from a 500-visit day often did not happen within 10 s
 * ({@code RoutingBench}). Other visits never move here, so the repaired hint is as stable as the original.
 */
final class HintRepair {

    private final RoutingProblem problem;

    private HintRepair(RoutingProblem problem) {
        this.problem = problem;
    }

    /** The hint with the missing visits inserted; the hinted routes themselves are not reordered. */
    static int[][] complete(RoutingProblem problem, int[][] hint) {
        return new HintRepair(problem).complete(hint);
    }

    private int[][] complete(int[][] hint) {
        int workers = problem.workers().size();
        List<List<Integer>> routes = new ArrayList<>();
        boolean[] hinted = new boolean[problem.visits().size()];
        for (int w = 0; w < workers; w++) {
            int[] route = w < hint.length && hint[w] != null ? hint[w] : new int[0];
            List<Integer> visits = new ArrayList<>();
            for (int v : route) {
                visits.add(v);
                hinted[v] = true;
            }
            routes.add(visits);
        }
        List<Integer> missing = new ArrayList<>();
        for (int v = 0; v < hinted.length; v++) {
            if (!hinted[v]) {
                missing.add(v);
            }
        }
        // the visits with the earliest deadlines have the fewest places to go: they choose first
        missing.sort(Comparator.comparingLong(v -> problem.visits().get(v).latest()));
        for (int v : missing) {
            insertCheapest(routes, v);
        }
        return routes.stream().map(r -> r.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private void insertCheapest(List<List<Integer>> routes, int visit) {
        long best = Long.MAX_VALUE;
        int bestWorker = -1;
        int bestPosition = -1;
        for (int w = 0; w < routes.size(); w++) {
            Worker worker = problem.workers().get(w);
            List<Integer> route = routes.get(w);
            if (!worker.canDo(problem.visits().get(visit)) || load(route) + problem.visits().get(visit).load() > worker.capacity()) {
                continue;
            }
            long before = travel(w, route);
            if (before < 0) {
                continue; // the hinted route itself does not fit: leave it to the search
            }
            for (int p = 0; p <= route.size(); p++) {
                route.add(p, visit);
                long after = travel(w, route);
                route.remove(p);
                if (after >= 0 && after - before < best) {
                    best = after - before;
                    bestWorker = w;
                    bestPosition = p;
                }
            }
        }
        if (bestWorker >= 0) {
            routes.get(bestWorker).add(bestPosition, visit);
        }
    }

    /** The route's travel when the worker can make it on time (each visit as early as its window allows), else -1. */
    private long travel(int w, List<Integer> route) {
        Worker worker = problem.workers().get(w);
        long time = worker.shiftStart();
        long travel = 0;
        int at = worker.startNode();
        for (int v : route) {
            Visit visit = problem.visits().get(v);
            long leg = problem.travel(worker.mode(), at, visit.node());
            travel += leg;
            time = Math.max(time + leg, visit.earliest());
            if (time > visit.latest()) {
                return -1;
            }
            time += visit.duration();
            at = visit.node();
        }
        long home = problem.travel(worker.mode(), at, worker.endNode());
        return time + home <= worker.shiftEnd() ? travel + home : -1;
    }

    private long load(List<Integer> route) {
        return route.stream().mapToLong(v -> problem.visits().get(v).load()).sum();
    }
}
