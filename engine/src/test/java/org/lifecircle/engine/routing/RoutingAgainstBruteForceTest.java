package org.lifecircle.engine.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small random problems (six visits, two workers with different modes, skills and shifts, tight windows, some visits
 * optional) solved by the engine and by trying every assignment and order: the engine's plan must be valid and cost
 * exactly the least possible (travel plus the penalties of the visits left out).
 */
class RoutingAgainstBruteForceTest {

    private static final int VISITS = 6;
    private static final int PLACES = VISITS + 1;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void theEngineFindsTheCheapestPlan(int seed) {
        RoutingProblem problem = random(new Random(seed));

        RoutePlan plan = RouteSolver.solve(problem, Duration.ofSeconds(20), null, 300);

        long best = bruteForce(problem);
        if (best == Long.MAX_VALUE) {
            assertThat(plan).as("no plan makes every mandatory visit").isNull();
            return;
        }
        assertThat(plan).isNotNull();
        PlanCheck.valid(problem, plan);
        assertThat(cost(problem, plan)).isEqualTo(best);
    }

    static RoutingProblem random(Random random) {
        double[][] xy = new double[PLACES][];
        for (int i = 0; i < PLACES; i++) {
            xy[i] = new double[] {random.nextDouble() * 1000, random.nextDouble() * 1000};
        }
        long[][][] travel = new long[2][PLACES][PLACES];
        for (int i = 0; i < PLACES; i++) {
            for (int j = 0; j < PLACES; j++) {
                double metres = Math.abs(xy[i][0] - xy[j][0]) + Math.abs(xy[i][1] - xy[j][1]);
                travel[0][i][j] = Math.round(metres / 1.2); // walking
                travel[1][i][j] = Math.round(metres / 4.0); // e-bike
            }
        }
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < VISITS; v++) {
            long earliest = random.nextInt(4 * 3600);
            long width = 600 + random.nextInt(2 * 3600);
            long skill = random.nextInt(4) == 0 ? 1 : 0;
            long penalty = random.nextInt(3) == 0 ? 2000 + random.nextInt(3000) : Visit.MANDATORY;
            visits.add(new Visit(v + 1, earliest, earliest + width, 600 + random.nextInt(1800), skill, 0, penalty));
        }
        List<Worker> workers = List.of(
                new Worker(0, 0, 0, 6 * 3600, 0, 1, Long.MAX_VALUE),
                new Worker(0, 0, 1800, 5 * 3600, 1, 0, Long.MAX_VALUE));
        return new RoutingProblem(travel, visits, workers, 0);
    }

    static long cost(RoutingProblem problem, RoutePlan plan) {
        long cost = plan.travel();
        for (int v : plan.dropped()) {
            cost += problem.visits().get(v).dropPenalty();
        }
        return cost;
    }

    /** Every visit to a worker or left out, every order of each worker's visits: the least cost, or MAX_VALUE. */
    static long bruteForce(RoutingProblem problem) {
        int n = problem.visits().size();
        int workers = problem.workers().size();
        int choices = workers + 1;
        long best = Long.MAX_VALUE;
        int combinations = (int) Math.pow(choices, n);
        for (int code = 0; code < combinations; code++) {
            long cost = 0;
            List<List<Integer>> byWorker = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                byWorker.add(new ArrayList<>());
            }
            boolean possible = true;
            int rest = code;
            for (int v = 0; v < n && possible; v++) {
                int choice = rest % choices;
                rest /= choices;
                Visit visit = problem.visits().get(v);
                if (choice == workers) {
                    possible = !visit.mandatory();
                    cost += visit.dropPenalty();
                } else {
                    possible = problem.workers().get(choice).canDo(visit);
                    byWorker.get(choice).add(v);
                }
            }
            for (int w = 0; w < workers && possible; w++) {
                long route = bestOrder(problem, problem.workers().get(w), byWorker.get(w));
                possible = route != Long.MAX_VALUE;
                cost += route;
            }
            if (possible) {
                best = Math.min(best, cost);
            }
        }
        return best;
    }

    private static long bestOrder(RoutingProblem problem, Worker worker, List<Integer> visits) {
        return permute(problem, worker, new ArrayList<>(visits), 0);
    }

    private static long permute(RoutingProblem problem, Worker worker, List<Integer> order, int k) {
        if (k == order.size()) {
            return travelIfOnTime(problem, worker, order);
        }
        long best = Long.MAX_VALUE;
        for (int i = k; i < order.size(); i++) {
            java.util.Collections.swap(order, k, i);
            best = Math.min(best, permute(problem, worker, order, k + 1));
            java.util.Collections.swap(order, k, i);
        }
        return best;
    }

    /** Leaving at the start of the shift and starting each visit as early as allowed: the travel, or MAX_VALUE if late. */
    private static long travelIfOnTime(RoutingProblem problem, Worker worker, List<Integer> order) {
        long t = worker.shiftStart();
        long travel = 0;
        int at = worker.startNode();
        for (int v : order) {
            Visit visit = problem.visits().get(v);
            long leg = problem.travel(worker.mode(), at, visit.node());
            travel += leg;
            long start = Math.max(t + leg, visit.earliest());
            if (start > visit.latest()) {
                return Long.MAX_VALUE;
            }
            t = start + visit.duration();
            at = visit.node();
        }
        long leg = problem.travel(worker.mode(), at, worker.endNode());
        return t + leg > worker.shiftEnd() ? Long.MAX_VALUE : travel + leg;
    }
}
