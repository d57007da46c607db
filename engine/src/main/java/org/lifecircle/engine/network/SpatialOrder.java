package org.lifecircle.engine.network;

import java.util.Arrays;

/**
 * Renumbers a network's nodes along a Hilbert curve, so that nodes near each other on the ground are
 * near each other in memory.
 *
 * <p>Why: a search on a city-size network is limited by memory traffic. Its front is a set of rings on
 * the ground; with nodes numbered as they came (OSM ids, or row by row on a grid) the neighbours of a
 * front node lie all over the node arrays and nearly every step is a cache miss. Along a Hilbert curve
 * a small patch of the map is a short stretch of the arrays. Edges, their order and shapes are kept;
 * only node ids change.
 */
public final class SpatialOrder {

    /** Cells per side of the curve's grid (2^16: about 1 m cells for a 50 km city). */
    private static final int BITS = 16;

    private SpatialOrder() {
    }

    /** The same network with its nodes in Hilbert-curve order. */
    public static WalkNetwork apply(WalkNetwork net) {
        int[] newId = hilbertRanks(net);
        int n = net.nodeCount();
        int[] lat = new int[n];
        int[] lon = new int[n];
        for (int v = 0; v < n; v++) {
            lat[newId[v]] = net.latE7[v];
            lon[newId[v]] = net.lonE7[v];
        }
        int m = net.edgeCount();
        int[] from = new int[m];
        int[] to = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = newId[net.edgeFrom[e]];
            to[e] = newId[net.edgeTo[e]];
        }
        return new WalkNetwork(lat, lon, from, to, net.lengthDm, net.edgeFlags, net.geomOffsets, net.geomLatE7,
                net.geomLonE7,
                net.edgeNameIds, net.names);
    }

    /** For each node, its rank along the curve (ties broken by the old id, so the result is deterministic). */
    static int[] hilbertRanks(WalkNetwork net) {
        int n = net.nodeCount();
        int minLat = Integer.MAX_VALUE, maxLat = Integer.MIN_VALUE, minLon = Integer.MAX_VALUE, maxLon = Integer.MIN_VALUE;
        for (int v = 0; v < n; v++) {
            minLat = Math.min(minLat, net.latE7[v]);
            maxLat = Math.max(maxLat, net.latE7[v]);
            minLon = Math.min(minLon, net.lonE7[v]);
            maxLon = Math.max(maxLon, net.lonE7[v]);
        }
        double span = Math.max(1, Math.max((double) maxLat - minLat, (double) maxLon - minLon));
        double scale = ((1 << BITS) - 1) / span;
        long[] keyed = new long[n];
        for (int v = 0; v < n; v++) {
            int x = (int) ((net.lonE7[v] - (double) minLon) * scale);
            int y = (int) ((net.latE7[v] - (double) minLat) * scale);
            keyed[v] = (hilbertIndex(x, y) << 32) | v; // index < 2^32, node < 2^31
        }
        Arrays.sort(keyed);
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[(int) keyed[r]] = r;
        }
        return rank;
    }

    /** Position of cell (x, y) along the Hilbert curve over a 2^16 × 2^16 grid (the classic rotate-and-flip walk). */
    static long hilbertIndex(int x, int y) {
        long d = 0;
        for (int s = 1 << (BITS - 1); s > 0; s >>>= 1) {
            int rx = (x & s) != 0 ? 1 : 0;
            int ry = (y & s) != 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}
