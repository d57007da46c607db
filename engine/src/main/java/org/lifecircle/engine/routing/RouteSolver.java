package org.lifecircle.engine.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.lifecircle.engine.OrTools;

import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.RoutingSearchStatus;
import com.google.ortools.constraintsolver.main;

/**
 * Plans the routes of a {@link RoutingProblem} with OR-Tools' routing library: a first plan by parallel cheapest
 * insertion, then guided local search until the time limit. It minimises total travel, plus the penalties of the
 * visits left out, plus the balance term.
 *
 * <p>The solver's own nodes are the visits (each its own node, though several may be at one place) followed by each
 * worker's start and end; the matrices handed to it are indexed by those nodes and already include the work at the
 * node a leg leaves from, so no Java code is called back during the search.
 */
public final class RouteSolver {

    private RouteSolver() {
    }

    /** Plans from scratch. */
    public static RoutePlan solve(RoutingProblem problem, Duration timeLimit) {
        return solve(problem, timeLimit, null);
    }

    /**
     * Plans starting from {@code hint}: each worker's visits in order (indexes into the problem's visits), e.g. the
     * plan before a visit was added or a worker dropped out. A hint that no longer fits is ignored.
     *
     * @return the plan, or null when the mandatory visits cannot all be made
     */
    public static RoutePlan solve(RoutingProblem problem, Duration timeLimit, int[][] hint) {
        return solve(problem, timeLimit, hint, Long.MAX_VALUE);
    }

    /**
     * As {@link #solve(RoutingProblem, Duration, int[][])}, stopping also after {@code solutionLimit} solutions: a
     * count, unlike time, gives the same plan on a fast and a slow machine (tests).
     */
    static RoutePlan solve(RoutingProblem problem, Duration timeLimit, int[][] hint, long solutionLimit) {
        OrTools.load();
        Model model = new Model(problem);
        RoutingSearchParameters parameters = main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION)
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
                .setTimeLimit(com.google.protobuf.Duration.newBuilder().setSeconds(timeLimit.toSeconds())
                        .setNanos(timeLimit.toNanosPart()))
                .setSolutionLimit(solutionLimit)
                .build();
        Assignment start = hint == null ? null : restore(model, hint, parameters);
        Assignment solution = start != null ? model.routing.solveFromAssignmentWithParameters(start, parameters)
                : model.routing.solveWithParameters(parameters);
        if (solution == null) {
            return null;
        }
        return model.read(solution, model.routing.status() == RoutingSearchStatus.Value.ROUTING_OPTIMAL);
    }

    /**
     * The hint, with the visits it lacks inserted ({@link HintRepair}), as the solution the search starts from.
     * OR-Tools restores routes with a search of its own that goes on improving the restored solution's times for as
     * long as its limits allow: left with the default parameters (no limits) it had not returned after minutes on a
     * seven-visit day whose other worker was gone. A hint needs one solution only.
     */
    private static Assignment restore(Model model, int[][] hint, RoutingSearchParameters parameters) {
        model.routing.closeModelWithParameters(parameters.toBuilder().setSolutionLimit(1).build());
        return model.routing.readAssignmentFromRoutes(model.indexes(HintRepair.complete(model.problem, hint)), true);
    }

    /** The problem as OR-Tools sees it. */
    private static final class Model {

        final RoutingProblem problem;
        final int visits;
        final int[] place;
        final RoutingIndexManager manager;
        final RoutingModel routing;
        final RoutingDimension time;

        Model(RoutingProblem problem) {
            this.problem = problem;
            this.visits = problem.visits().size();
            int workers = problem.workers().size();
            int nodes = visits + 2 * workers;
            place = new int[nodes];
            long[] work = new long[nodes];
            int[] starts = new int[workers];
            int[] ends = new int[workers];
            for (int v = 0; v < visits; v++) {
                place[v] = problem.visits().get(v).node();
                work[v] = problem.visits().get(v).duration();
            }
            for (int w = 0; w < workers; w++) {
                starts[w] = visits + 2 * w;
                ends[w] = visits + 2 * w + 1;
                place[starts[w]] = problem.workers().get(w).startNode();
                place[ends[w]] = problem.workers().get(w).endNode();
            }
            manager = new RoutingIndexManager(nodes, workers, starts, ends);
            routing = new RoutingModel(manager);
            long horizon = horizon(problem);
            int[] timeOfWorker = new int[workers];
            int[][] byMode = new int[problem.travel().length][];
            for (int w = 0; w < workers; w++) {
                int mode = problem.workers().get(w).mode();
                if (byMode[mode] == null) {
                    byMode[mode] = new int[] {routing.registerTransitMatrix(matrix(mode, null)),
                            routing.registerTransitMatrix(matrix(mode, work))};
                }
                routing.setArcCostEvaluatorOfVehicle(byMode[mode][0], w);
                timeOfWorker[w] = byMode[mode][1];
            }
            routing.addDimensionWithVehicleTransits(timeOfWorker, horizon, horizon, false, "Time");
            time = routing.getMutableDimension("Time");
            time.setGlobalSpanCostCoefficient(problem.balance());
            for (int w = 0; w < workers; w++) {
                Worker worker = problem.workers().get(w);
                time.cumulVar(routing.start(w)).setRange(worker.shiftStart(), worker.shiftEnd());
                time.cumulVar(routing.end(w)).setRange(worker.shiftStart(), worker.shiftEnd());
                // come back as early as the plan allows (visits then start as early as their windows let them)
                routing.addVariableMinimizedByFinalizer(time.cumulVar(routing.end(w)));
            }
            addLoads();
            for (int v = 0; v < visits; v++) {
                constrain(v);
            }
        }

        /** Travel (plus, when {@code work} is given, the work at the node left) between the solver's nodes. */
        private long[][] matrix(int mode, long[] work) {
            long[][] m = new long[place.length][place.length];
            for (int i = 0; i < place.length; i++) {
                for (int j = 0; j < place.length; j++) {
                    m[i][j] = problem.travel(mode, place[i], place[j]) + (work == null ? 0 : work[i]);
                }
            }
            return m;
        }

        private void addLoads() {
            boolean limited = problem.workers().stream().anyMatch(w -> w.capacity() != Long.MAX_VALUE);
            if (!limited) {
                return;
            }
            long[] load = new long[place.length];
            for (int v = 0; v < visits; v++) {
                load[v] = problem.visits().get(v).load();
            }
            long[] capacity = problem.workers().stream().mapToLong(Worker::capacity).toArray();
            routing.addDimensionWithVehicleCapacity(routing.registerUnaryTransitVector(load), 0, capacity, true, "Load");
        }

        private void constrain(int v) {
            Visit visit = problem.visits().get(v);
            long index = manager.nodeToIndex(v);
            time.cumulVar(index).setRange(visit.earliest(), visit.latest());
            List<Long> unable = new ArrayList<>();
            for (int w = 0; w < problem.workers().size(); w++) {
                if (!problem.workers().get(w).canDo(visit)) {
                    unable.add((long) w);
                }
            }
            routing.vehicleVar(index).removeValues(unable.stream().mapToLong(Long::longValue).toArray());
            boolean nobody = unable.size() == problem.workers().size();
            if (!visit.mandatory() || nobody) {
                // nobody with the skills: leave it out rather than call the whole plan impossible
                routing.addDisjunction(new long[] {index}, nobody ? Long.MAX_VALUE / 1024 : visit.dropPenalty());
            }
        }

        long[][] indexes(int[][] hint) {
            long[][] routes = new long[problem.workers().size()][];
            for (int w = 0; w < routes.length; w++) {
                int[] visitsOfWorker = w < hint.length && hint[w] != null ? hint[w] : new int[0];
                routes[w] = new long[visitsOfWorker.length];
                for (int k = 0; k < visitsOfWorker.length; k++) {
                    routes[w][k] = manager.nodeToIndex(visitsOfWorker[k]);
                }
            }
            return routes;
        }

        RoutePlan read(Assignment solution, boolean optimal) {
            boolean[] made = new boolean[visits];
            List<RoutePlan.Route> routes = new ArrayList<>();
            long total = 0;
            for (int w = 0; w < problem.workers().size(); w++) {
                int mode = problem.workers().get(w).mode();
                List<RoutePlan.Stop> stops = new ArrayList<>();
                long index = routing.start(w);
                long leave = solution.min(time.cumulVar(index));
                long ready = leave; // when the worker is free to leave the last place
                int at = place[manager.indexToNode(index)];
                while (!routing.isEnd(index)) {
                    index = solution.value(routing.nextVar(index));
                    int node = manager.indexToNode(index);
                    long leg = problem.travel(mode, at, place[node]);
                    total += leg;
                    at = place[node];
                    if (routing.isEnd(index)) {
                        break;
                    }
                    long start = solution.min(time.cumulVar(index));
                    stops.add(new RoutePlan.Stop(node, ready + leg, start));
                    made[node] = true;
                    ready = start + problem.visits().get(node).duration();
                }
                routes.add(new RoutePlan.Route(w, leave, solution.min(time.cumulVar(routing.end(w))), List.copyOf(stops)));
            }
            List<Integer> dropped = new ArrayList<>();
            for (int v = 0; v < visits; v++) {
                if (!made[v]) {
                    dropped.add(v);
                }
            }
            return new RoutePlan(List.copyOf(routes), List.copyOf(dropped), total, optimal);
        }
    }

    private static long horizon(RoutingProblem problem) {
        long horizon = 0;
        for (Worker w : problem.workers()) {
            horizon = Math.max(horizon, w.shiftEnd());
        }
        for (Visit v : problem.visits()) {
            horizon = Math.max(horizon, v.latest() + v.duration());
        }
        return horizon;
    }
}
