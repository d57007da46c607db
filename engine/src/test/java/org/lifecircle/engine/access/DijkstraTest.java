package org.lifecircle.engine.access;

import org.junit.jupiter.api.Test;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;

import static org.assertj.core.api.Assertions.assertThat;

/** The search's queue orders by times rounded to floats; these cases are where that rounding bites. */
class DijkstraTest {

    /**
     * X and Y are one point (a zero-length edge between them) and both start at about 1000 s, Y a hundredth
     * of a millisecond earlier. Both times round to the same float, so X (lower id) leaves the queue first
     * with its own, worse time; Y then improves X, and X must be scanned again so that Z gets Y's time.
     */
    @Test
    void aNodeImprovedAfterLeavingTheQueueIsScannedAgain() {
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        int x = b.addNode(34.75, 113.70);
        int y = b.addNode(34.75, 113.70);
        int z = b.addNode(34.75, 113.70011); // about 10 m east
        int w = b.addNode(34.76, 113.70);    // about 1.1 km north
        int xz = b.addEdge(x, z, false);
        b.addEdge(y, x, false);
        int wy = b.addEdge(w, y, false);
        WalkNetwork net = b.build();
        TravelTimes tt = new TravelTimes(net, WalkingProfile.ADULT);
        double speed = WalkingProfile.ADULT.metresPerSecond();
        double xStart = 1000.00002;
        double yStart = 1000.00001;
        assertThat((float) xStart).isEqualTo((float) yStart);
        // one facility at X (on edge X–Z), one at Y (at the Y end of W–Y), each a long straight walk from its point
        SnappedPoints facilities = new SnappedPoints(new Snap[]{
                new Snap(xz, 0, xStart * speed, 34.75, 113.70),
                new Snap(wy, net.edgeLengthMetres(wy), yStart * speed, 34.75, 113.70)});

        double[] seconds = NearestFacility.nodeSeconds(tt, facilities);

        assertThat(seconds[x]).isEqualTo(yStart, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(seconds[z]).isEqualTo(yStart + net.edgeLengthMetres(xz) / speed, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aBoundedSearchKeepsEveryNodeUpToTheLimitInclusiveAndListsEachOnce() {
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        int a = b.addNode(34.75, 113.70);
        int c = b.addNode(34.75, 113.70);
        int far = b.addNode(34.751, 113.70);
        b.addEdge(a, c, false);
        b.addEdge(c, far, false);
        b.addEdge(a, far, false);
        TravelTimes tt = new TravelTimes(b.build(), WalkingProfile.ADULT);
        Dijkstra d = new Dijkstra(tt);
        d.seed(a, 900.0);
        d.seed(c, 900.0);
        d.run(900.0);
        assertThat(d.settledCount()).isEqualTo(2);
        assertThat(new int[]{d.settled(0), d.settled(1)}).containsExactlyInAnyOrder(a, c);
    }
}
