package org.lifecircle.engine.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lifecircle.engine.siting.SitingRequest.Method;
import org.lifecircle.engine.siting.SitingSolution.Status;

/**
 * Exact solving under a one-second limit: whatever stops it (the limit, or a model too large for the MIP solver),
 * the answer is never worse than the heuristic's alone (CBC ignores the hint, so a stopped CBC may hold a far worse
 * answer), its bound is on the right side, and an answer not proven optimal says how far it may be.
 */
class ExactNeverWorseTest {

    @Test
    void aStoppedOrSkippedMipNeverReturnsLessThanTheHeuristic() {
        SitingInstance in = RandomInstances.generate(5, 400, 1_000, 6_000, Double.POSITIVE_INFINITY);
        SitingRequest median = SitingRequest.pMedian(12).withTimeLimit(Duration.ofSeconds(1));
        SitingSolution heuristic = Siting.solve(in, median.withMethod(Method.HEURISTIC));
        SitingSolution exact = Siting.solve(in, median.withMethod(Method.EXACT));
        assertThat(exact.objective()).isLessThanOrEqualTo(heuristic.objective() + 1e-6 * heuristic.objective());
        assertThat(exact.bound()).isLessThanOrEqualTo(exact.objective() + 1e-6 * exact.objective());
        if (exact.status() != Status.OPTIMAL) {
            assertThat(exact.status()).isEqualTo(Status.FEASIBLE);
            assertThat(exact.gap()).isFinite();
        }

        SitingRequest covering = SitingRequest.maximalCovering(1_500, 12).withTimeLimit(Duration.ofSeconds(1));
        SitingSolution quick = Siting.solve(in, covering.withMethod(Method.HEURISTIC));
        SitingSolution stopped = Siting.solve(in, covering.withMethod(Method.EXACT));
        assertThat(stopped.objective()).isGreaterThanOrEqualTo(quick.objective());
        assertThat(stopped.bound()).isGreaterThanOrEqualTo(stopped.objective());
    }
}
