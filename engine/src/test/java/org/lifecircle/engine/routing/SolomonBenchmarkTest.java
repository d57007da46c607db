package org.lifecircle.engine.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The routing engine on the classic vehicle-routing-with-time-windows benchmarks, against their best-known total
 * distances (CVRPLIB convention: Euclidean distance truncated to one decimal, number of vehicles free). Each plan is
 * checked from first principles ({@link PlanCheck}) and must come within a few percent of the best known, found by
 * years of research codes. The search stops after a count of solutions, not a time, so the result is the same on any
 * machine (about 10–20 s each here); a longer search does better (R101 reaches the best known in 60 s).
 */
class SolomonBenchmarkTest {

    private static final long SOLUTIONS = 500;

    @ParameterizedTest(name = "{0}: within {2} % of {1}")
    @CsvSource({
            "C101, 827.3, 0.1",
            "R101, 1637.7, 1.0",
            "RC101, 1619.8, 5.5"})
    void plansWithinAFewPercentOfTheBestKnown(String name, double bestKnown, double percent) {
        SolomonInstance instance = SolomonInstance.read(name);
        RoutingProblem problem = instance.problem();

        RoutePlan plan = RouteSolver.solve(problem, Duration.ofMinutes(5), null, SOLUTIONS);

        assertThat(plan).isNotNull();
        PlanCheck.valid(problem, plan);
        assertThat(plan.dropped()).isEmpty();
        double distance = plan.travel() / 10.0;
        System.out.printf("%s: %.1f (best known %.1f, +%.2f %%)%n", name, distance, bestKnown, 100 * (distance / bestKnown - 1));
        assertThat(distance).isGreaterThanOrEqualTo(bestKnown - 0.05).isLessThanOrEqualTo(bestKnown * (1 + percent / 100));
    }
}
