package org.lifecircle.engine.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RouteSolverTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final long SOLUTIONS = 200;

    @Test
    void aVisitNobodyHasTheSkillsForIsLeftOutAndTheRestAreMade() {
        RoutingProblem base = RoutingAgainstBruteForceTest.random(new Random(3));
        List<Visit> visits = new ArrayList<>(base.visits());
        Visit first = visits.get(0);
        visits.set(0, new Visit(first.node(), 0, 6 * 3600, 600, 1L << 5, 0, Visit.MANDATORY)); // a skill no one has
        RoutingProblem problem = new RoutingProblem(base.travel(), visits, base.workers(), 0);

        RoutePlan plan = RouteSolver.solve(problem, LIMIT, null, SOLUTIONS);

        PlanCheck.valid(problem, plan);
        assertThat(plan.dropped()).contains(0);
    }

    @Test
    void replansFromTheLastPlanWhenAVisitIsAddedOrAWorkerDropsOut() {
        RoutingProblem day = sameShiftsDay(12, 3, 0);
        RoutePlan morning = RouteSolver.solve(day, LIMIT, null, SOLUTIONS);
        PlanCheck.valid(day, morning);
        assertThat(morning.dropped()).isEmpty();

        List<Visit> more = new ArrayList<>(day.visits());
        more.add(new Visit(3, 10 * 3600, 13 * 3600, 1800, 0, 0, Visit.MANDATORY));
        RoutingProblem added = new RoutingProblem(day.travel(), more, day.workers(), 0);
        RoutePlan again = RouteSolver.solve(added, LIMIT, morning.visitsByWorker(), SOLUTIONS);
        PlanCheck.valid(added, again);
        assertThat(again.dropped()).isEmpty();

        // the third worker goes home: the others take the visits, starting from their own routes
        RoutingProblem fewer = new RoutingProblem(day.travel(), day.visits(), day.workers().subList(0, 2), 0);
        int[][] hint = {morning.visitsByWorker()[0], morning.visitsByWorker()[1]};
        RoutePlan without = RouteSolver.solve(fewer, LIMIT, hint, SOLUTIONS);
        PlanCheck.valid(fewer, without);
        assertThat(without.routes()).hasSize(2);
        assertThat(without.dropped()).isEmpty();
    }

    /**
     * The day of the care module's RoutesIT after its walker dropped out: the rider alone, optional visits, one of them
     * pinned to the rider, and the rider's route of the previous plan as the hint. Restoring that hint once searched
     * without end inside OR-Tools (see {@code RouteSolver.restore}).
     */
    @Test
    void replansFromTheRemainingWorkersRouteWhenTheOtherDroppedOut() {
        long[][] walk = {{0, 594, 0, 594, 0, 594, 594, 594}, {594, 0, 594, 0, 594, 1188, 1188, 1188},
                {0, 594, 0, 594, 0, 594, 594, 594}, {594, 0, 594, 0, 594, 1188, 1188, 1188}, {0, 594, 0, 594, 0, 594, 594, 594},
                {594, 1188, 594, 1188, 594, 0, 0, 0}, {594, 1188, 594, 1188, 594, 0, 0, 0}, {594, 1188, 594, 1188, 594, 0, 0, 0}};
        long[][] ride = {{0, 170, 0, 170, 0, 170, 170, 170}, {170, 0, 170, 0, 170, 339, 339, 339},
                {0, 170, 0, 170, 0, 170, 170, 170}, {170, 0, 170, 0, 170, 339, 339, 339}, {0, 170, 0, 170, 0, 170, 170, 170},
                {170, 339, 170, 339, 170, 0, 0, 0}, {170, 339, 170, 339, 170, 0, 0, 0}, {170, 339, 170, 339, 170, 0, 0, 0}};
        long pinned = 1L << 20;
        long open = 10_000_000;
        List<Visit> visits = List.of(new Visit(1, 30600, 36000, 5400, 16, 0, open), new Visit(2, 32400, 39600, 5400, 16, 0, open),
                new Visit(3, 39600, 43200, 1800, 8, 0, open), new Visit(4, 39600, 43200, 1800, 8, 0, open),
                new Visit(5, 41400, 45000, 1800, 8, 0, open), new Visit(6, 50400, 57600, 5400, 16 | pinned, 0, 10 * open),
                new Visit(7, 57600, 59400, 1800, 8, 0, open));
        List<Worker> rider = List.of(new Worker(0, 0, 8 * 3600, 17 * 3600, 1, 16 | 8 | pinned, Long.MAX_VALUE));
        RoutingProblem day = new RoutingProblem(new long[][][] {walk, ride}, visits, rider, 1);
        int[][] ridersRoute = {{0, 2, 4, 5, 6}}; // visits 1 and 3 were the walker's

        RoutePlan plan = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> RouteSolver.solve(day, LIMIT, ridersRoute, SOLUTIONS));

        PlanCheck.valid(day, plan);
        assertThat(plan.visitsByWorker()[0]).contains(5); // the pinned visit
        assertThat(plan.dropped()).hasSize(1); // better than the hint, which left out two
    }

    @Test
    void balanceSpreadsTheWorkWhereTravelAloneWouldGiveItAllToOne() {
        // four one-hour visits at one place near the station: travel is least when one worker makes all four
        long[][][] travel = {{{0, 300}, {300, 0}}};
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            visits.add(new Visit(1, 0, 8 * 3600, 3600, 0, 0, Visit.MANDATORY));
        }
        List<Worker> two = List.of(new Worker(0, 0, 0, 10 * 3600, 0, 0, Long.MAX_VALUE),
                new Worker(0, 0, 0, 10 * 3600, 0, 0, Long.MAX_VALUE));

        RoutePlan cheapest = RouteSolver.solve(new RoutingProblem(travel, visits, two, 0), LIMIT, null, SOLUTIONS);
        RoutePlan fair = RouteSolver.solve(new RoutingProblem(travel, visits, two, 10), LIMIT, null, SOLUTIONS);

        assertThat(cheapest.routes()).extracting(r -> r.stops().size()).containsExactlyInAnyOrder(4, 0);
        assertThat(fair.routes()).extracting(r -> r.stops().size()).containsExactly(2, 2);
    }

    @Test
    void anImpossibleMandatoryVisitMeansNoPlan() {
        long[][][] travel = {{{0, 4000}, {4000, 0}}};
        List<Visit> visits = List.of(new Visit(1, 0, 1000, 600, 0, 0, Visit.MANDATORY)); // cannot be reached in time
        List<Worker> one = List.of(new Worker(0, 0, 0, 10 * 3600, 0, 0, Long.MAX_VALUE));

        assertThat(RouteSolver.solve(new RoutingProblem(travel, visits, one, 0), LIMIT, null, SOLUTIONS)).isNull();
    }

    /** {@code visits} visits at random places with two-hour windows, for {@code workers} walking workers 8:00–17:00. */
    private static RoutingProblem sameShiftsDay(int visits, int workers, long balance) {
        Random random = new Random(42);
        int places = visits + 1;
        long[][] walk = new long[places][places];
        double[][] xy = new double[places][];
        for (int i = 0; i < places; i++) {
            xy[i] = new double[] {random.nextDouble() * 1500, random.nextDouble() * 1500};
        }
        for (int i = 0; i < places; i++) {
            for (int j = 0; j < places; j++) {
                walk[i][j] = Math.round((Math.abs(xy[i][0] - xy[j][0]) + Math.abs(xy[i][1] - xy[j][1])) / 1.2);
            }
        }
        List<Visit> list = new ArrayList<>();
        for (int v = 0; v < visits; v++) {
            long earliest = 8 * 3600 + random.nextInt(6) * 3600;
            list.add(new Visit(v + 1, earliest, earliest + 2 * 3600, 1800, 0, 0, Visit.MANDATORY));
        }
        List<Worker> staff = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            staff.add(new Worker(0, 0, 8 * 3600, 17 * 3600, 0, 0, Long.MAX_VALUE));
        }
        return new RoutingProblem(new long[][][] {walk}, list, staff, balance);
    }
}
