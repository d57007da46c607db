package org.lifecircle.engine.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.TestNetworks;
import org.lifecircle.engine.network.WalkNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kernel against {@link ReferenceRouter} on the real extracts and seeded random graphs. */
class KernelsAgainstReferenceTest {

    private static final double EPS = 1e-6;
    private static final int CATEGORIES = 3;
    private static final double[] THRESHOLDS = {300, 600, 900, 120};

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (WalkingProfile p : List.of(WalkingProfile.ADULT, WalkingProfile.WHEELCHAIR)) {
            cases.add(Arguments.of("monaco", (Supplier<WalkNetwork>) TestNetworks::monaco, 11L, p));
            cases.add(Arguments.of("andorra", (Supplier<WalkNetwork>) TestNetworks::andorra, 12L, p));
        }
        long base = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            long seed = base + i;
            cases.add(Arguments.of("random seed " + seed, (Supplier<WalkNetwork>) () -> TestNetworks.random(seed, 60 + (int) (seed % 200)),
                    seed, i % 2 == 0 ? WalkingProfile.ADULT : WalkingProfile.ELDERLY.withStepsAllowed(false)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("cases")
    void nearestCountsAndCoverageEqualThePerOriginReference(String name, Supplier<WalkNetwork> network, long seed,
                                                             WalkingProfile profile) {
        WalkNetwork net = network.get();
        Random r = new Random(seed);
        Snapper snapper = Snapper.of(net).withMaxDistanceMetres(200);
        double[][] o = TestNetworks.randomPoints(net, r.nextLong(), 50, 0.001);
        double[][] f = TestNetworks.randomPoints(net, r.nextLong(), 40, 0.001);
        SnappedPoints origins = snapper.snapAll(o[0], o[1], profile.stepsAllowed());
        SnappedPoints facilities = snapper.snapAll(f[0], f[1], profile.stepsAllowed());
        int[] category = new int[facilities.size()];
        for (int i = 0; i < category.length; i++) {
            category[i] = r.nextInt(CATEGORIES);
        }
        String ctx = name + " (seed " + seed + ", " + profile + ")";

        TravelTimes tt = new TravelTimes(net, profile);
        ReferenceRouter ref = new ReferenceRouter(net, profile, origins, facilities);
        double[][] nearest = NearestFacility.byCategory(tt, facilities, category, CATEGORIES, origins);
        CountTable counts = FacilityCounts.count(tt, origins, facilities, category, CATEGORIES, THRESHOLDS);
        // 50 origins, 40 facilities: the counts search from the facilities; with 20 origins they search from the origins
        int[] firstOrigins = java.util.stream.IntStream.range(0, 20).toArray();
        CountTable fromOrigins = FacilityCounts.count(tt, origins.select(firstOrigins), facilities, category, CATEGORIES, THRESHOLDS);
        double limit = 600;
        double[][] bounded = NearestFacility.byCategory(tt, facilities, category, CATEGORIES, origins, limit);

        double[][] refNearest = new double[CATEGORIES][origins.size()];
        int reachable = 0;
        for (int i = 0; i < origins.size(); i++) {
            double[] toF = ref.secondsToFacilities(i);
            for (int c = 0; c < CATEGORIES; c++) {
                refNearest[c][i] = Double.POSITIVE_INFINITY;
            }
            int[][] refCount = new int[CATEGORIES][THRESHOLDS.length];
            boolean ambiguous = false;
            for (int j = 0; j < toF.length; j++) {
                refNearest[category[j]][i] = Math.min(refNearest[category[j]][i], toF[j]);
                for (int t = 0; t < THRESHOLDS.length; t++) {
                    ambiguous |= Math.abs(toF[j] - THRESHOLDS[t]) < EPS;
                    if (toF[j] <= THRESHOLDS[t]) {
                        refCount[category[j]][t]++;
                    }
                }
            }
            for (int c = 0; c < CATEGORIES; c++) {
                assertClose(nearest[c][i], refNearest[c][i], ctx + " origin " + i + " category " + c);
                if (Math.abs(refNearest[c][i] - limit) > EPS) {
                    assertClose(bounded[c][i], refNearest[c][i] <= limit ? refNearest[c][i] : Double.POSITIVE_INFINITY,
                            ctx + " bounded, origin " + i + " category " + c);
                }
                if (Math.abs(refNearest[c][i] - 900) > EPS) { // the counts' largest threshold
                    double within = refNearest[c][i] <= 900 ? refNearest[c][i] : Double.POSITIVE_INFINITY;
                    assertClose(counts.nearestWithin(i, c), within, ctx + " nearest within the counts, origin " + i + " category " + c);
                    if (i < firstOrigins.length) {
                        assertClose(fromOrigins.nearestWithin(i, c), within, ctx + " nearest within, from origins, origin " + i);
                    }
                }
                if (Double.isFinite(refNearest[c][i])) {
                    reachable++;
                }
                for (int t = 0; t < THRESHOLDS.length && !ambiguous; t++) {
                    assertThat(counts.count(i, c, t)).as("%s origin %d category %d threshold %s", ctx, i, c, THRESHOLDS[t])
                            .isEqualTo(refCount[c][t]);
                    if (i < firstOrigins.length) {
                        assertThat(fromOrigins.count(i, c, t)).as("%s searching from origins, origin %d category %d threshold %s",
                                ctx, i, c, THRESHOLDS[t]).isEqualTo(refCount[c][t]);
                    }
                }
            }
        }
        assertThat(reachable).as(ctx + ": the case exercises reachable facilities").isPositive();

        double[] population = new double[origins.size()];
        int[] group = new int[origins.size()];
        for (int i = 0; i < population.length; i++) {
            population[i] = 100 + r.nextInt(900);
            group[i] = r.nextInt(4);
        }
        CoverageTable cov = Coverage.compute(nearest, population, group, 4, THRESHOLDS);
        CoverageTable refCov = Coverage.compute(refNearest, population, group, 4, THRESHOLDS);
        for (int c = 0; c < CATEGORIES; c++) {
            for (int t = 0; t < THRESHOLDS.length; t++) {
                double covered = 0;
                double total = 0;
                for (int i = 0; i < population.length; i++) {
                    total += population[i];
                    covered += refNearest[c][i] <= THRESHOLDS[t] ? population[i] : 0;
                }
                assertThat(cov.overallShare(c, t)).as(ctx).isCloseTo(covered / total, org.assertj.core.data.Offset.offset(1e-9));
                for (int g = 0; g < 4; g++) {
                    assertThat(cov.coveredPopulation(g, c, t)).as(ctx).isEqualTo(refCov.coveredPopulation(g, c, t));
                }
            }
        }
    }

    private static void assertClose(double actual, double expected, String what) {
        if (Double.isInfinite(expected)) {
            assertThat(actual).as(what).isInfinite();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, org.assertj.core.data.Offset.offset(EPS * Math.max(1, expected)));
        }
    }
}
