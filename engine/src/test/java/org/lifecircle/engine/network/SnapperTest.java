package org.lifecircle.engine.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SnapperTest {

    /** One straight edge of about 1.1 km along latitude 30, from node 0 (west) to node 1 (east). */
    private static WalkNetwork longEdge() {
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        b.addNode(30, 120);
        b.addNode(30, 120.0115);
        b.addEdge(0, 1, false);
        return b.build();
    }

    @Test
    void aPointBesideTheMiddleOfALongEdgeSnapsOntoTheEdgeNotItsEnds() {
        WalkNetwork net = longEdge();
        double metresNorth = 20;
        double lat = 30 + metresNorth / 111_195.0;
        Snap s = Snapper.of(net).snap(lat, 120.00575, true);
        assertThat(s).isNotNull();
        assertThat(s.edge()).isZero();
        assertThat(s.alongMetres()).isCloseTo(net.edgeLengthMetres(0) / 2, within(1.0));
        assertThat(s.offsetMetres()).isCloseTo(metresNorth, within(0.1));
        assertThat(s.lat()).isCloseTo(30, within(1e-7));
    }

    @Test
    void pointsBeyondTheLimitAreReportedNotSnapped() {
        WalkNetwork net = longEdge();
        double lat = 30 + 400 / 111_195.0;
        SnappedPoints pts = Snapper.of(net).snapAll(new double[]{30.0001, lat}, new double[]{120.005, 120.005}, true);
        assertThat(pts.get(0)).isNotNull();
        assertThat(pts.get(1)).isNull();
        assertThat(pts.unsnapped()).containsExactly(1);
        assertThat(Snapper.of(net).withMaxDistanceMetres(500).snap(lat, 120.005, true)).isNotNull();
    }

    @Test
    void aPointOneKilometreOutInTheSeaOffMonacoIsReported() {
        WalkNetwork net = TestNetworks.monaco();
        double lat = 43.725;
        double lon = 7.445; // south-east of the harbour, open sea
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < net.nodeCount(); i++) {
            nearest = Math.min(nearest, EarthDistance.metres(lat, lon, net.lat(i), net.lon(i)));
        }
        for (int e = 0; e < net.edgeCount(); e++) {
            for (int p = 0; p < net.pillarCount(e); p++) {
                nearest = Math.min(nearest, EarthDistance.metres(lat, lon, net.pillarLat(e, p), net.pillarLon(e, p)));
            }
        }
        assertThat(nearest).as("the test point really is about 1 km from every walkable point").isGreaterThan(900);
        SnappedPoints pts = Snapper.of(net).snapAll(new double[]{lat}, new double[]{lon}, true);
        assertThat(pts.unsnapped()).containsExactly(0);
        Snap far = Snapper.of(net).withMaxDistanceMetres(5000).snap(lat, lon, true);
        assertThat(far.offsetMetres()).isGreaterThan(300).isLessThanOrEqualTo(nearest + 1);
    }

    @Test
    void aWheelchairSnapSkipsSteps() {
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        b.addNode(30, 120);
        b.addNode(30, 120.001);
        b.addNode(30.0005, 120);
        b.addNode(30.0005, 120.001);
        b.addEdge(0, 1, true);
        b.addEdge(2, 3, false);
        WalkNetwork net = b.build();
        assertThat(Snapper.of(net).snap(30.0001, 120.0005, true).edge()).isZero();
        assertThat(Snapper.of(net).snap(30.0001, 120.0005, false).edge()).isOne();
    }

    @Test
    void snapsMatchABruteForceSearchOverEverySegmentOnAndorra() {
        WalkNetwork net = TestNetworks.andorra();
        Snapper snapper = Snapper.of(net).withMaxDistanceMetres(250);
        double[][] pts = TestNetworks.randomPoints(net, 7, 150, 0.002);
        int snapped = 0;
        for (int i = 0; i < pts[0].length; i++) {
            double brute = bruteForceMetres(net, pts[0][i], pts[1][i]);
            Snap s = snapper.snap(pts[0][i], pts[1][i], true);
            if (brute > 250.5) {
                assertThat(s).as("point %d", i).isNull();
            } else if (brute < 249.5) {
                snapped++;
                assertThat(s).as("point %d", i).isNotNull();
                assertThat(s.offsetMetres()).as("point %d", i).isCloseTo(brute, within(0.5));
                assertThat(s.alongMetres()).isBetween(0.0, net.edgeLengthMetres(s.edge()));
            }
        }
        assertThat(snapped).isGreaterThan(10);
    }

    /** Nearest distance to any segment, by sampling each segment densely (independent of the projection code). */
    private static double bruteForceMetres(WalkNetwork net, double lat, double lon) {
        double best = Double.MAX_VALUE;
        for (int e = 0; e < net.edgeCount(); e++) {
            int k = net.pillarCount(e);
            double[] la = new double[k + 2];
            double[] lo = new double[k + 2];
            la[0] = net.lat(net.edgeFrom(e));
            lo[0] = net.lon(net.edgeFrom(e));
            for (int p = 0; p < k; p++) {
                la[p + 1] = net.pillarLat(e, p);
                lo[p + 1] = net.pillarLon(e, p);
            }
            la[k + 1] = net.lat(net.edgeTo(e));
            lo[k + 1] = net.lon(net.edgeTo(e));
            for (int s = 0; s <= k; s++) {
                double segLen = EarthDistance.metres(la[s], lo[s], la[s + 1], lo[s + 1]);
                // every point of the segment is at least this far (triangle inequality): skip hopeless ones
                if (EarthDistance.metres(lat, lon, la[s], lo[s]) - segLen > best) {
                    continue;
                }
                int steps = Math.max(1, (int) (segLen / 0.2));
                for (int j = 0; j <= steps; j++) {
                    double t = (double) j / steps;
                    best = Math.min(best, EarthDistance.metres(lat, lon, la[s] + t * (la[s + 1] - la[s]),
                            lo[s] + t * (lo[s + 1] - lo[s])));
                }
            }
        }
        return best;
    }
}
