package org.lifecircle.engine.network;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SpatialOrderTest {

    @Test
    void theCurveVisitsEveryCellOfA4x4GridOnceMovingOneCellAtATime() {
        long[][] index = new long[4][4];
        Set<Long> seen = new HashSet<>();
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                // the 4 × 4 corner of the 2^16 grid is the curve's first 16 cells
                index[x][y] = SpatialOrder.hilbertIndex(x, y);
                seen.add(index[x][y]);
            }
        }
        assertThat(seen).hasSize(16).allMatch(i -> i >= 0 && i < 16);
        for (long step = 0; step < 15; step++) {
            int[] p = cellAt(index, step);
            int[] q = cellAt(index, step + 1);
            assertThat(Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1])).as("step %d", step).isEqualTo(1);
        }
    }

    @Test
    void renumberingKeepsTheNetworkExceptNodeIds() {
        WalkNetwork net = TestNetworks.monaco();
        WalkNetwork ordered = SpatialOrder.apply(net);
        assertThat(ordered.nodeCount()).isEqualTo(net.nodeCount());
        assertThat(ordered.edgeCount()).isEqualTo(net.edgeCount());
        int[] rank = SpatialOrder.hilbertRanks(net);
        for (int v = 0; v < net.nodeCount(); v++) {
            assertThat(ordered.lat(rank[v])).isEqualTo(net.lat(v));
            assertThat(ordered.lon(rank[v])).isEqualTo(net.lon(v));
        }
        for (int e = 0; e < net.edgeCount(); e++) {
            assertThat(ordered.edgeFrom(e)).isEqualTo(rank[net.edgeFrom(e)]);
            assertThat(ordered.edgeTo(e)).isEqualTo(rank[net.edgeTo(e)]);
            assertThat(ordered.edgeLengthDecimetres(e)).isEqualTo(net.edgeLengthDecimetres(e));
            assertThat(ordered.pillarCount(e)).isEqualTo(net.pillarCount(e));
            assertThat(ordered.edgeName(e)).isEqualTo(net.edgeName(e));
        }
    }

    @Test
    void onAGridNumberedRowByRowMostStreetsGetEndsWithinACacheLineOfIds() {
        int side = 64;
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                b.addNode(34.75 + i * 0.0006, 113.70 + j * 0.0007);
            }
        }
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                if (j + 1 < side) {
                    b.addEdge(i * side + j, i * side + j + 1, false);
                }
                if (i + 1 < side) {
                    b.addEdge(i * side + j, (i + 1) * side + j, false);
                }
            }
        }
        WalkNetwork rowByRow = b.build();
        // 16 ints or floats make a 64-byte cache line: row by row, only the east-west streets are that close
        assertThat(shareOfEdgesWithin(rowByRow, 16)).isLessThan(0.51);
        assertThat(shareOfEdgesWithin(SpatialOrder.apply(rowByRow), 16)).isGreaterThan(0.8);
    }

    private static double shareOfEdgesWithin(WalkNetwork net, int ids) {
        int close = 0;
        for (int e = 0; e < net.edgeCount(); e++) {
            close += Math.abs(net.edgeFrom(e) - net.edgeTo(e)) < ids ? 1 : 0;
        }
        return (double) close / net.edgeCount();
    }

    private static int[] cellAt(long[][] index, long step) {
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                if (index[x][y] == step) {
                    return new int[]{x, y};
                }
            }
        }
        throw new AssertionError("no cell at step " + step);
    }
}
