package org.lifecircle.engine.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.engine.siting.SitingRequest.Method;
import org.lifecircle.engine.siting.SitingSolution.Status;

/**
 * The exact solver against enumeration of every subset, on generated instances of ten sites: each model, with and
 * without fixed sites, with and without the capacity rule. The answer's objective is recomputed from its sites by
 * the same evaluation, so a wrong model shows as a wrong optimum. The seed is in the test's name.
 */
class ExactAgainstBruteForceTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (long seed = 1; seed <= 12; seed++) {
            int k = 1 + (int) (seed % 3);
            cases.add(Arguments.of(seed, SitingRequest.maximalCovering(400, k)));
            cases.add(Arguments.of(seed, SitingRequest.maximalCovering(400, k).withFixedSites(0)));
            cases.add(Arguments.of(seed, SitingRequest.setCovering(450)));
            cases.add(Arguments.of(seed, SitingRequest.setCovering(450).withFixedSites(3, 7)));
            cases.add(Arguments.of(seed, SitingRequest.pMedian(k)));
            cases.add(Arguments.of(seed, SitingRequest.pMedian(k).withFixedSites(2).withThreshold(400)));
            cases.add(Arguments.of(seed, SitingRequest.pMedian(k + 1).withCapacity(new Capacity(5_000, 25_000))));
            cases.add(Arguments.of(seed, SitingRequest.maximalCovering(500, k + 1).withCapacity(new Capacity(3_000, 15_000))));
            cases.add(Arguments.of(seed, SitingRequest.setCovering(600).withCapacity(new Capacity(0, 20_000)).withFixedSites(1)));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("cases")
    void exactEqualsBruteForce(long seed, SitingRequest request) {
        SitingInstance in = RandomInstances.generate(seed, 10, 30, 1000, 900);
        double expected = BruteForce.optimum(in, request);
        SitingSolution s = Siting.solve(in, request.withMethod(Method.EXACT));
        if (Double.isNaN(expected)) {
            assertThat(s.status()).as("no feasible subset").isEqualTo(Status.INFEASIBLE);
            return;
        }
        assertThat(s.status()).isEqualTo(Status.OPTIMAL);
        assertThat(s.objective()).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
        assertThat(s.bound()).isCloseTo(expected, within(1e-4 * Math.max(1, Math.abs(expected))));
        for (int f : request.fixedSites()) {
            assertThat(s.sites()).doesNotContain(f);
        }
        if (request.capacity() != null) {
            double[] served = s.servedWeight(in);
            for (int site : s.sites()) {
                assertThat(served[site]).isBetween(request.capacity().min(), request.capacity().max());
            }
        }
    }
}
