package org.lifecircle.engine.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks a plan against its problem from first principles, without the solver: every visit made once or reported left
 * out, windows, shifts, skills and loads kept, the stated times and travel right.
 */
final class PlanCheck {

    private PlanCheck() {
    }

    static void valid(RoutingProblem problem, RoutePlan plan) {
        Set<Integer> seen = new HashSet<>(plan.dropped());
        long travel = 0;
        for (RoutePlan.Route route : plan.routes()) {
            Worker worker = problem.workers().get(route.worker());
            int mode = worker.mode();
            int at = worker.startNode();
            long t = route.leave();
            long load = 0;
            assertThat(t).as("leaves within the shift").isGreaterThanOrEqualTo(worker.shiftStart());
            for (RoutePlan.Stop stop : route.stops()) {
                Visit visit = problem.visits().get(stop.visit());
                assertThat(seen.add(stop.visit())).as("visit %d made once", stop.visit()).isTrue();
                assertThat(worker.canDo(visit)).as("worker %d has the skills for visit %d", route.worker(), stop.visit()).isTrue();
                long leg = problem.travel(mode, at, visit.node());
                travel += leg;
                assertThat(stop.arrival()).isEqualTo(t + leg);
                assertThat(stop.start()).as("visit %d starts in its window", stop.visit())
                        .isBetween(Math.max(stop.arrival(), visit.earliest()), visit.latest());
                t = stop.start() + visit.duration();
                at = visit.node();
                load += visit.load();
            }
            long leg = problem.travel(mode, at, worker.endNode());
            travel += leg;
            assertThat(route.back()).as("back by the end of the shift").isBetween(t + leg, worker.shiftEnd());
            assertThat(load).as("load of worker %d", route.worker()).isLessThanOrEqualTo(worker.capacity());
        }
        assertThat(seen).as("every visit made or left out").hasSize(problem.visits().size());
        assertThat(plan.travel()).isEqualTo(travel);
        for (int v : plan.dropped()) {
            assertThat(problem.visits().get(v).mandatory() && problem.workers().stream().anyMatch(w -> w.canDo(problem.visits().get(v))))
                    .as("mandatory visit %d left out", v).isFalse();
        }
    }
}
