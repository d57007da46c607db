package org.lifecircle.engine.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HintRepairTest {

    /** Places 0 (the station), 1, 2, 3 on a line 600 s apart; 4 far off (3,000 s from everything). */
    private static final long[][] LINE = {
            {0, 600, 1200, 1800, 3000}, {600, 0, 600, 1200, 3000}, {1200, 600, 0, 600, 3000}, {1800, 1200, 600, 0, 3000},
            {3000, 3000, 3000, 3000, 0}};
    private static final long DAY_START = 8 * 3600;
    private static final long DAY_END = 12 * 3600;

    private static Visit visit(int node, long skills) {
        return new Visit(node, DAY_START, DAY_END, 1800, skills, 0, 1_000_000);
    }

    private static Visit hour(int node) {
        return new Visit(node, DAY_START, DAY_END, 3600, 0, 0, 1_000_000);
    }

    private static Worker worker(long skills) {
        return new Worker(0, 0, DAY_START, DAY_END, 0, skills, Long.MAX_VALUE);
    }

    @Test
    void aMissingVisitGoesWhereItAddsLeastTravelWithoutMovingTheOthers() {
        // visits 0, 1, 2 at places 1, 3, 2; worker 0 has 1 → 3, worker 1 has nothing; visit 2 (place 2) is missing
        RoutingProblem problem = new RoutingProblem(new long[][][] {LINE}, List.of(visit(1, 0), visit(3, 0), visit(2, 0)),
                List.of(worker(0), worker(0)), 0);

        int[][] repaired = HintRepair.complete(problem, new int[][] {{0, 1}, {}});

        assertThat(repaired[0]).containsExactly(0, 2, 1); // on the way from 1 to 3: no travel added
        assertThat(repaired[1]).isEmpty();
    }

    @Test
    void aVisitGoesOnlyToAWorkerWithTheSkillsAndTimeForIt() {
        long bathing = 1L << 2;
        // worker 0's morning is full (three hours at place 3, half an hour there and back); worker 1 lacks the skill;
        // worker 2 has both
        RoutingProblem problem = new RoutingProblem(new long[][][] {LINE},
                List.of(hour(3), hour(3), hour(3), visit(1, bathing)),
                List.of(worker(bathing), worker(0), worker(bathing)), 0);

        int[][] repaired = HintRepair.complete(problem, new int[][] {{0, 1, 2}, {}, {}});

        assertThat(repaired[0]).containsExactly(0, 1, 2);
        assertThat(repaired[1]).isEmpty();
        assertThat(repaired[2]).containsExactly(3);
    }

    @Test
    void aVisitNoRouteCanTakeStaysOut() {
        Visit tooFar = new Visit(4, DAY_START, DAY_START + 600, 1800, 0, 0, 1_000_000); // 3,000 s away, due in 600 s
        RoutingProblem problem = new RoutingProblem(new long[][][] {LINE}, List.of(visit(1, 0), tooFar), List.of(worker(0)), 0);

        int[][] repaired = HintRepair.complete(problem, new int[][] {{0}});

        assertThat(repaired[0]).containsExactly(0);
    }
}
