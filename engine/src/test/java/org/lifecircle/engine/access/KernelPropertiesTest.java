package org.lifecircle.engine.access;

import org.junit.jupiter.api.Test;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.TestNetworks;
import org.lifecircle.engine.network.WalkNetwork;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KernelPropertiesTest {

    @Test
    void nodeTimesSatisfyTheTriangleInequalityOnSampledTriples() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        for (WalkNetwork net : new WalkNetwork[]{TestNetworks.andorra(), TestNetworks.random(seed, 300)}) {
            TravelTimes tt = new TravelTimes(net, WalkingProfile.ADULT);
            Dijkstra d = new Dijkstra(tt);
            int n = net.nodeCount();
            int[] sample = r.ints(12, 0, n).toArray();
            double[][] from = new double[sample.length][];
            for (int i = 0; i < sample.length; i++) {
                d.reset();
                d.seed(sample[i], 0);
                d.run(Double.POSITIVE_INFINITY);
                from[i] = d.distances();
            }
            for (int a = 0; a < sample.length; a++) {
                for (int b = 0; b < sample.length; b++) {
                    // symmetric network: d(a,b) = d(b,a)
                    assertThat(from[a][sample[b]]).as("seed %d", seed).isEqualTo(from[b][sample[a]], within(1e-6));
                    for (int c = 0; c < n; c += 7) {
                        double via = from[a][sample[b]] + from[b][c];
                        if (Double.isFinite(via)) {
                            assertThat(from[a][c]).as("seed %d: d(a,c) <= d(a,b) + d(b,c)", seed).isLessThanOrEqualTo(via + 1e-6);
                        }
                    }
                }
            }
        }
    }

    @Test
    void multiSourceTimesAreTheMinimumOverSingleSourceTimes() {
        long seed = System.nanoTime();
        for (WalkNetwork net : new WalkNetwork[]{TestNetworks.monaco(), TestNetworks.random(seed, 200)}) {
            TravelTimes tt = new TravelTimes(net, WalkingProfile.ELDERLY);
            double[][] p = TestNetworks.randomPoints(net, seed, 8, 0);
            SnappedPoints facilities = Snapper.of(net).snapAll(p[0], p[1], true);
            double[] multi = NearestFacility.nodeSeconds(tt, facilities);
            double[] min = new double[net.nodeCount()];
            java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
            for (int f = 0; f < facilities.size(); f++) {
                double[] single = NearestFacility.nodeSeconds(tt, facilities.select(new int[]{f}));
                for (int v = 0; v < min.length; v++) {
                    min[v] = Math.min(min[v], single[v]);
                }
            }
            for (int v = 0; v < min.length; v++) {
                assertThat(multi[v]).as("seed %d node %d", seed, v).isEqualTo(min[v]);
            }
        }
    }

    @Test
    void countsAreMonotoneInTheThreshold() {
        long seed = System.nanoTime();
        WalkNetwork net = TestNetworks.andorra();
        Random r = new Random(seed);
        double[][] o = TestNetworks.randomPoints(net, r.nextLong(), 40, 0);
        double[][] f = TestNetworks.randomPoints(net, r.nextLong(), 200, 0);
        Snapper snapper = Snapper.of(net).withMaxDistanceMetres(1000);
        SnappedPoints facilities = snapper.snapAll(f[0], f[1], true);
        int[] cat = r.ints(facilities.size(), 0, 2).toArray();
        double[] thresholds = {900, 60, 300, 600, 1800, 3600};
        CountTable t = FacilityCounts.count(new TravelTimes(net, WalkingProfile.ADULT), snapper.snapAll(o[0], o[1], true),
                facilities, cat, 2, thresholds);
        int[] ascending = {1, 2, 3, 0, 4, 5};
        int total = 0;
        for (int i = 0; i < t.origins(); i++) {
            for (int c = 0; c < 2; c++) {
                for (int k = 1; k < ascending.length; k++) {
                    assertThat(t.count(i, c, ascending[k])).as("seed %d", seed)
                            .isGreaterThanOrEqualTo(t.count(i, c, ascending[k - 1]));
                }
                total += t.count(i, c, 5);
            }
        }
        assertThat(total).isPositive();
    }

    @Test
    void theTimeFromAPointBesideALongEdgeIncludesItsStraightWalkAndThePartialEdge() {
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        b.addNode(30, 120);
        b.addNode(30, 120.0115);
        b.addEdge(0, 1, false);
        WalkNetwork net = b.build();
        Snapper snapper = Snapper.of(net);
        SnappedPoints origin = snapper.snapAll(new double[]{30 + 20 / 111_195.0}, new double[]{120.00575}, true);
        SnappedPoints facility = snapper.snapAll(new double[]{30}, new double[]{120.0115}, true);
        Snap s = origin.get(0);
        double expected = (s.offsetMetres() + net.edgeLengthMetres(0) - s.alongMetres()) / 1.2;
        double actual = NearestFacility.originSeconds(new TravelTimes(net, WalkingProfile.ADULT), facility, origin)[0];
        assertThat(actual).isCloseTo(expected, within(1e-9));
        assertThat(actual).isCloseTo((20 + net.edgeLengthMetres(0) / 2) / 1.2, within(1.0));
    }

    @Test
    void stepsAreImpassableInAWheelchairButNotOnFoot() {
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        b.addNode(30, 120);
        b.addNode(30, 120.001);
        b.addNode(30, 120.002);
        b.addEdge(0, 1, false);
        b.addEdge(1, 2, true);
        WalkNetwork net = b.build();
        Snapper snapper = Snapper.of(net);
        SnappedPoints origin = snapper.snapAll(new double[]{30}, new double[]{120.0001}, false);
        SnappedPoints facility = snapper.snapAll(new double[]{30}, new double[]{120.002}, true);
        assertThat(NearestFacility.originSeconds(new TravelTimes(net, WalkingProfile.WHEELCHAIR), facility, origin)[0]).isInfinite();
        assertThat(NearestFacility.originSeconds(new TravelTimes(net, WalkingProfile.ADULT), facility, origin)[0]).isFinite();
    }

    @Test
    void unsnappedOriginsCountAsNotCoveredButStayInThePopulation() {
        double[][] seconds = {{100, Double.POSITIVE_INFINITY, 400}};
        CoverageTable t = Coverage.compute(seconds, new double[]{100, 50, 50}, new int[]{0, 0, 1}, 2, 300, 600);
        assertThat(t.share(0, 0, 0)).isCloseTo(100.0 / 150, within(1e-12));
        assertThat(t.share(1, 0, 0)).isZero();
        assertThat(t.share(1, 0, 1)).isOne();
        assertThat(t.overallShare(0, 1)).isCloseTo(150.0 / 200, within(1e-12));
    }

    @Test
    void profilesRejectNonsense() {
        assertThatThrownBy(() -> WalkingProfile.ADULT.withMetresPerSecond(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FacilityCounts.count(new TravelTimes(TestNetworks.random(1, 5), WalkingProfile.ADULT),
                new SnappedPoints(new Snap[0]), new SnappedPoints(new Snap[0]), new int[0], 1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
