package org.lifecircle.engine.access;

import org.junit.jupiter.api.Test;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.TestNetworks;
import org.lifecircle.engine.network.WalkNetwork;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kernels on several threads give exactly the sequential results. */
class ParallelKernelsTest {

    @Test
    void nearestAndCountsOnSeveralThreadsEqualTheSequentialRun() {
        WalkNetwork net = TestNetworks.andorra();
        Random r = new Random(41);
        Snapper snapper = Snapper.of(net);
        double[][] o = TestNetworks.randomPoints(net, r.nextLong(), 300, 0.001);
        double[][] f = TestNetworks.randomPoints(net, r.nextLong(), 200, 0.001);
        SnappedPoints origins = snapper.snapAll(o[0], o[1], true);
        SnappedPoints facilities = snapper.snapAll(f[0], f[1], true);
        int categories = 20;
        int[] category = r.ints(facilities.size(), 0, categories).toArray();
        TravelTimes tt = new TravelTimes(net, WalkingProfile.ADULT);
        double[][] one = NearestFacility.byCategory(tt, facilities, category, categories, origins, Double.POSITIVE_INFINITY, 1);
        CountTable countsOne = FacilityCounts.count(1, tt, origins, facilities, category, categories, 300, 600, 900);
        for (int threads : new int[]{2, 3, 64}) {
            double[][] many = NearestFacility.byCategory(tt, facilities, category, categories, origins, Double.POSITIVE_INFINITY, threads);
            assertThat(many).as(threads + " threads").isDeepEqualTo(one);
            CountTable counts = FacilityCounts.count(threads, tt, origins, facilities, category, categories, 300, 600, 900);
            for (int i = 0; i < origins.size(); i++) {
                for (int c = 0; c < categories; c++) {
                    for (int t = 0; t < 3; t++) {
                        assertThat(counts.count(i, c, t)).isEqualTo(countsOne.count(i, c, t));
                    }
                    assertThat(counts.nearestWithin(i, c)).isEqualTo(countsOne.nearestWithin(i, c));
                }
            }
        }
        assertThat(one).isDeepEqualTo(NearestFacility.byCategory(tt, facilities, category, categories, origins));
        assertThatThrownBy(() -> FacilityCounts.count(0, tt, origins, facilities, category, categories, 300))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
