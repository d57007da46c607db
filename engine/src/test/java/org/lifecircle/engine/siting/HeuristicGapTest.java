package org.lifecircle.engine.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifecircle.engine.siting.SitingRequest.Method;
import org.lifecircle.engine.siting.SitingSolution.Status;

/**
 * The heuristic's gap to the proven optimum on generated instances (80 sites × 600 demand points, uniform and
 * clustered), for MCLP and p-median: every answer within 1 %, the mean within 0.5 %, and its Lagrangian bound on
 * the right side of the optimum. The measured gaps are printed for docs/BENCHMARKS.md.
 */
class HeuristicGapTest {

    record Gap(String instance, SitingModel model, int k, double optimum, double heuristic, double bound) {
        double gap() {
            return Math.abs(optimum - heuristic) / optimum;
        }
    }

    @Test
    void heuristicWithinThreePercentAndBoundsValid() {
        List<Gap> gaps = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            SitingInstance uniform = RandomInstances.generate(seed, 80, 600, 5000, 1500);
            SitingInstance clustered = RandomInstances.clustered(seed, 80, 600, 40, 5000, 1500);
            for (int k : new int[] {4, 8}) {
                gaps.add(compare("uniform " + seed, uniform, SitingRequest.maximalCovering(700, k)));
                gaps.add(compare("clustered " + seed, clustered, SitingRequest.maximalCovering(700, k)));
                gaps.add(compare("uniform " + seed, uniform, SitingRequest.pMedian(k)));
                gaps.add(compare("clustered " + seed, clustered, SitingRequest.pMedian(k)));
            }
        }
        double mean = gaps.stream().mapToDouble(Gap::gap).average().orElseThrow();
        double max = gaps.stream().mapToDouble(Gap::gap).max().orElseThrow();
        gaps.forEach(g -> System.out.printf("%-12s %-16s k=%d optimum %.1f heuristic %.1f (gap %.3f %%) bound %.1f%n",
                g.instance(), g.model(), g.k(), g.optimum(), g.heuristic(), 100 * g.gap(), g.bound()));
        System.out.printf("heuristic gap to the optimum over %d instances: mean %.3f %%, max %.3f %%, optimal in %d%n",
                gaps.size(), 100 * mean, 100 * max, gaps.stream().filter(g -> g.gap() < 1e-9).count());
        assertThat(max).isLessThanOrEqualTo(0.01);
        assertThat(mean).isLessThanOrEqualTo(0.005);
    }

    private static Gap compare(String name, SitingInstance in, SitingRequest request) {
        SitingSolution exact = Siting.solve(in, request.withMethod(Method.EXACT));
        SitingSolution heuristic = Siting.solve(in, request.withMethod(Method.HEURISTIC));
        assertThat(exact.status()).isEqualTo(Status.OPTIMAL);
        assertThat(heuristic.status()).isEqualTo(Status.HEURISTIC);
        double tolerance = 1e-6 * exact.objective();
        if (request.model() == SitingModel.MAXIMAL_COVERING) {
            assertThat(heuristic.objective()).isLessThanOrEqualTo(exact.objective() + tolerance);
            assertThat(heuristic.bound()).as("an upper bound").isGreaterThanOrEqualTo(exact.objective() - tolerance);
        } else {
            assertThat(heuristic.objective()).isGreaterThanOrEqualTo(exact.objective() - tolerance);
            assertThat(heuristic.bound()).as("a lower bound").isLessThanOrEqualTo(exact.objective() + tolerance);
        }
        return new Gap(name, request.model(), request.newSites(), exact.objective(), heuristic.objective(), heuristic.bound());
    }
}
