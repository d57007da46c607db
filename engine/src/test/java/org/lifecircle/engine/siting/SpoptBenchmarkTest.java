package org.lifecircle.engine.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.engine.access.PairTimes;
import org.lifecircle.engine.siting.SitingRequest.Method;
import org.lifecircle.engine.siting.SitingSolution.Status;

/**
 * The published optima of PySAL spopt's San Francisco case (205 census tracts weighted by 2000 population,
 * 16 candidate stores, street-network distances in metres; see resources/siting/README.md): with a 5,000 m
 * radius and p = 4, MCLP covers 875,247 people and leaves 21 tracts uncovered, LSCP needs 8 sites, and the
 * p-median objective is 2,848,268,129.7145 (mean 2,982.13 m). The exact solver must find each; the heuristic,
 * with its bound, must come within the stated gap.
 */
class SpoptBenchmarkTest {

    static SitingInstance sf;

    @BeforeAll
    static void load() throws IOException {
        Map<String, Double> population = new LinkedHashMap<>();
        for (List<String> row : csv("SF_demand_205_centroid_uniform_weight.csv")) {
            population.put(row.get(3), Double.parseDouble(row.get(6)));
        }
        List<String> tracts = List.copyOf(population.keySet());
        Map<String, Integer> tractIndex = new HashMap<>();
        for (int i = 0; i < tracts.size(); i++) {
            tractIndex.put(tracts.get(i), i);
        }
        Map<String, Integer> storeIndex = new HashMap<>();
        for (List<String> row : csv("SF_store_site_16_longlat.csv")) {
            storeIndex.put(row.get(2), storeIndex.size());
        }
        double[][] metres = new double[storeIndex.size()][tracts.size()];
        for (double[] row : metres) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (List<String> row : csv("SF_network_distance_candidateStore_16_censusTract_205_new.csv")) {
            metres[storeIndex.get(row.get(1))][tractIndex.get(row.get(2))] = Double.parseDouble(row.get(0));
        }
        double[] weights = tracts.stream().mapToDouble(population::get).toArray();
        sf = SitingInstance.of(weights, PairTimes.of(metres, tracts.size()));
    }

    @Test
    void instanceIsTheCompleteMatrix() {
        assertThat(sf.sites()).isEqualTo(16);
        assertThat(sf.demandPoints()).isEqualTo(205);
        assertThat(sf.pairs()).isEqualTo(16 * 205);
    }

    @Test
    void maximalCoveringCovers875247People() {
        SitingSolution s = Siting.solve(sf, SitingRequest.maximalCovering(5000, 4).withMethod(Method.EXACT));
        assertThat(s.status()).isEqualTo(Status.OPTIMAL);
        assertThat(s.objective()).isEqualTo(875_247.0);
        assertThat(s.sites()).hasSize(4);
        long uncovered = java.util.stream.IntStream.of(s.assignment()).filter(a -> a < 0).count();
        assertThat(uncovered).isEqualTo(21);
    }

    @Test
    void setCoveringNeedsEightSites() {
        SitingSolution s = Siting.solve(sf, SitingRequest.setCovering(5000).withMethod(Method.EXACT));
        assertThat(s.status()).isEqualTo(Status.OPTIMAL);
        assertThat(s.sites()).hasSize(8);
        assertThat(s.uncoverable()).isEmpty();
        assertThat(s.assignment()).doesNotContain(-1);
    }

    @Test
    void pMedianObjectiveIsThePublishedOne() {
        SitingSolution s = Siting.solve(sf, SitingRequest.pMedian(4).withMethod(Method.EXACT));
        assertThat(s.status()).isEqualTo(Status.OPTIMAL);
        assertThat(s.objective()).isCloseTo(2_848_268_129.7145, within(1e-3));
        assertThat(s.meanSeconds(sf)).isCloseTo(2982.13, within(0.01));
    }

    @Test
    void heuristicReachesTheSameOptimaOnThisCase() {
        SitingSolution mclp = Siting.solve(sf, SitingRequest.maximalCovering(5000, 4).withMethod(Method.HEURISTIC));
        assertThat(mclp.objective()).isEqualTo(875_247.0);
        assertThat(mclp.bound()).isGreaterThanOrEqualTo(875_247.0).isLessThan(875_247.0 * 1.05);
        SitingSolution median = Siting.solve(sf, SitingRequest.pMedian(4).withMethod(Method.HEURISTIC));
        assertThat(median.objective()).isCloseTo(2_848_268_129.7145, within(1e-3));
        assertThat(median.bound()).isLessThanOrEqualTo(2_848_268_129.7145 + 1e-3).isGreaterThan(2_848_268_129.7145 * 0.95);
        SitingSolution lscp = Siting.solve(sf, SitingRequest.setCovering(5000).withMethod(Method.HEURISTIC));
        assertThat(lscp.sites()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lscp.assignment()).doesNotContain(-1);
    }

    static List<List<String>> csv(String name) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SpoptBenchmarkTest.class.getResourceAsStream("/siting/" + name), StandardCharsets.UTF_8))) {
            return r.lines().skip(1).map(SpoptBenchmarkTest::fields).toList();
        }
    }

    /** Splits a CSV line whose fields may be quoted (no embedded quotes or commas in these files). */
    private static List<String> fields(String line) {
        return java.util.Arrays.stream(line.split(",", -1)).map(f -> f.replace("\"", "")).toList();
    }
}
