package org.lifecircle.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.TestNetworks;
import org.lifecircle.engine.network.WalkNetwork;

/**
 * The sparse site-to-resident matrix against the plain per-origin reference on Monaco: every pair within the
 * limit is present with the reference's time, none beyond it, targets ascending in each row; the same on two
 * threads; progress reaches 1.
 */
class PairTimesTest {

    static final double EPS = 1e-6;

    @ParameterizedTest(name = "limit {0} s")
    @ValueSource(doubles = {300, 600, 900})
    void equalsTheReferenceWithinTheLimit(double limit) {
        WalkNetwork net = TestNetworks.monaco();
        Random r = new Random(7);
        Snapper snapper = Snapper.of(net).withMaxDistanceMetres(200);
        double[][] s = TestNetworks.randomPoints(net, r.nextLong(), 30, 0.001);
        double[][] d = TestNetworks.randomPoints(net, r.nextLong(), 60, 0.001);
        SnappedPoints sites = snapper.snapAll(s[0], s[1], true);
        SnappedPoints demand = snapper.snapAll(d[0], d[1], true);
        TravelTimes tt = new TravelTimes(net, WalkingProfile.ADULT);
        AtomicReference<Double> last = new AtomicReference<>(0.0);
        PairTimes times = PairTimes.within(2, tt, sites, demand, limit, last::set);
        PairTimes single = PairTimes.within(tt, sites, demand, limit);
        ReferenceRouter ref = new ReferenceRouter(net, WalkingProfile.ADULT, sites, demand);

        assertThat(last.get()).isEqualTo(1.0);
        assertThat(times.sources()).isEqualTo(30);
        assertThat(times.targets()).isEqualTo(60);
        int pairs = 0;
        for (int site = 0; site < sites.size(); site++) {
            double[] expected = ref.secondsToFacilities(site);
            double[] row = new double[demand.size()];
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
            int previous = -1;
            for (int k = times.start(site); k < times.end(site); k++) {
                assertThat(times.target(k)).isGreaterThan(previous);
                previous = times.target(k);
                row[times.target(k)] = times.seconds(k);
            }
            for (int p = 0; p < demand.size(); p++) {
                if (Math.abs(expected[p] - limit) < EPS) {
                    continue; // on the limit: rounding decides
                }
                if (expected[p] <= limit) {
                    assertThat(row[p]).as("site %d, point %d", site, p).isCloseTo(expected[p], within(EPS));
                    pairs++;
                } else {
                    assertThat(row[p]).as("site %d, point %d beyond the limit", site, p).isInfinite();
                }
            }
            assertThat(single.end(site) - single.start(site)).isEqualTo(times.end(site) - times.start(site));
        }
        assertThat(pairs).isPositive();
    }
}
