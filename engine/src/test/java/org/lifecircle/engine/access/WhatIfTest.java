package org.lifecircle.engine.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.TestNetworks;
import org.lifecircle.engine.network.WalkNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** After every seeded random add / move / remove, the incremental state equals a full recomputation. */
class WhatIfTest {

    private static final double[] THRESHOLDS = {300, 600, 900};
    private static final int GROUPS = 3;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("monaco", (Supplier<WalkNetwork>) TestNetworks::monaco, 31L, WalkingProfile.ADULT));
        cases.add(Arguments.of("monaco", (Supplier<WalkNetwork>) TestNetworks::monaco, 32L, WalkingProfile.WHEELCHAIR));
        cases.add(Arguments.of("andorra", (Supplier<WalkNetwork>) TestNetworks::andorra, 33L, WalkingProfile.ELDERLY));
        long base = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            long seed = base + i;
            cases.add(Arguments.of("random seed " + seed, (Supplier<WalkNetwork>) () -> TestNetworks.random(seed, 80 + (int) (seed % 150)),
                    seed, i % 2 == 0 ? WalkingProfile.ADULT.withMetresPerSecond(0.6) : WalkingProfile.ELDERLY.withStepsAllowed(false)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("cases")
    void everyOperationEqualsAFullRecomputation(String name, Supplier<WalkNetwork> network, long seed, WalkingProfile profile) {
        WalkNetwork net = network.get();
        String ctx = name + " (seed " + seed + ", " + profile.name() + ")";
        Random r = new Random(seed);
        Snapper snapper = Snapper.of(net).withMaxDistanceMetres(200);
        double[][] o = TestNetworks.randomPoints(net, r.nextLong(), 120, 0.001);
        SnappedPoints origins = snapper.snapAll(o[0], o[1], profile.stepsAllowed());
        double[][] f = TestNetworks.randomPoints(net, r.nextLong(), 12, 0.001);
        SnappedPoints start = snapper.snapAll(f[0], f[1], profile.stepsAllowed());
        double[] population = new double[origins.size()];
        int[] group = new int[origins.size()];
        for (int i = 0; i < population.length; i++) {
            population[i] = 50 + r.nextInt(2000);
            group[i] = r.nextInt(GROUPS);
        }
        TravelTimes tt = new TravelTimes(net, profile);
        WhatIf w = WhatIf.start(tt, origins, start, population, group, GROUPS, THRESHOLDS);
        TreeMap<Integer, Snap> active = new TreeMap<>();
        for (int i = 0; i < start.size(); i++) {
            if (start.get(i) != null) {
                active.put(i, start.get(i));
            }
        }
        assertEqualsRecomputation(w, tt, origins, active, population, group, ctx + " at start");
        long changedSum = 0;
        long searchSum = 0;
        int ops = 30;
        for (int step = 0; step < ops; step++) {
            int kind = active.isEmpty() ? 0 : r.nextInt(3);
            String op;
            if (kind == 0 || kind == 2) {
                Snap at = randomSnap(net, snapper, r, profile);
                if (kind == 0) {
                    int id = w.add(at);
                    active.put(id, at);
                    op = "add " + id;
                } else {
                    int id = pick(active, r);
                    w.move(id, at);
                    active.put(id, at);
                    op = "move " + id;
                }
            } else {
                int id = pick(active, r);
                w.remove(id);
                active.remove(id);
                op = "remove " + id;
            }
            assertEqualsRecomputation(w, tt, origins, active, population, group, ctx + " after step " + step + " (" + op + ")");
            changedSum += w.lastChange().nodesChanged();
            searchSum += w.lastChange().countSearchNodes();
        }
        System.out.printf("what-if %s: %d operations, on average %.1f node times changed and %.1f nodes searched for counts, of %d nodes%n",
                ctx, ops, changedSum / (double) ops, searchSum / (double) ops, net.nodeCount());
    }

    @Test
    void unknownOrUnsnappedFacilitiesAreRefused() {
        WalkNetwork net = TestNetworks.random(5, 50);
        TravelTimes tt = new TravelTimes(net, WalkingProfile.ADULT);
        SnappedPoints none = new SnappedPoints(new Snap[0]);
        WhatIf w = WhatIf.start(tt, none, none, new double[0], new int[0], 1, 300);
        assertThatThrownBy(() -> w.remove(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no facility with id 0");
        assertThatThrownBy(() -> w.add(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not snapped");
    }

    private static void assertEqualsRecomputation(WhatIf w, TravelTimes tt, SnappedPoints origins, TreeMap<Integer, Snap> active,
                                                  double[] population, int[] group, String ctx) {
        SnappedPoints fac = new SnappedPoints(active.values().toArray(new Snap[0]));
        double[] nodes = NearestFacility.nodeSeconds(tt, fac);
        for (int v = 0; v < nodes.length; v++) {
            close(w.nodeSeconds(v), nodes[v], ctx + " node " + v);
        }
        double[] secs = NearestFacility.originSeconds(tt, fac, origins);
        CountTable counts = FacilityCounts.count(tt, origins, fac, new int[fac.size()], 1, THRESHOLDS);
        CoverageTable cov = Coverage.compute(new double[][]{secs}, population, group, GROUPS, THRESHOLDS);
        for (int o = 0; o < secs.length; o++) {
            close(w.originSeconds(o), secs[o], ctx + " origin " + o);
            int nearest = w.nearestFacility(o);
            if (Double.isFinite(secs[o])) {
                assertThat(active).as(ctx + " nearest of origin " + o + " is an active facility").containsKey(nearest);
                double own = NearestFacility.originSeconds(tt, new SnappedPoints(new Snap[]{active.get(nearest)}), origins.select(new int[]{o}))[0];
                close(own, secs[o], ctx + " time to the facility named nearest for origin " + o);
            } else {
                assertThat(nearest).as(ctx).isEqualTo(-1);
            }
            for (int t = 0; t < THRESHOLDS.length; t++) {
                assertThat(w.count(o, t)).as("%s origin %d threshold %s", ctx, o, THRESHOLDS[t]).isEqualTo(counts.count(o, 0, t));
            }
        }
        for (int g = 0; g < GROUPS; g++) {
            for (int t = 0; t < THRESHOLDS.length; t++) {
                assertThat(w.coveredPopulation(g, t)).as(ctx + " covered group " + g).isCloseTo(cov.coveredPopulation(g, 0, t), within(1e-6));
                assertThat(w.share(g, t)).as(ctx + " share group " + g).isCloseTo(cov.share(g, 0, t), within(1e-9));
            }
        }
    }

    private static void close(double actual, double expected, String what) {
        if (Double.isInfinite(expected)) {
            assertThat(actual).as(what).isInfinite();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(1e-6));
        }
    }

    private static int pick(TreeMap<Integer, Snap> active, Random r) {
        List<Integer> ids = new ArrayList<>(active.keySet());
        return ids.get(r.nextInt(ids.size()));
    }

    private static Snap randomSnap(WalkNetwork net, Snapper snapper, Random r, WalkingProfile profile) {
        while (true) {
            int v = r.nextInt(net.nodeCount());
            Snap s = snapper.snap(net.lat(v) + (r.nextDouble() - 0.5) * 0.002, net.lon(v) + (r.nextDouble() - 0.5) * 0.002,
                    profile.stepsAllowed());
            if (s != null) {
                return s;
            }
        }
    }
}
