package org.lifecircle.engine.access;

import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;

import java.util.Arrays;

/**
 * Snapped points (facilities) looked up by the nodes and edges they join: for node {@code v}, the points
 * on edges at {@code v} with the seconds from {@code v} to each point (partial edge plus offset walk);
 * for edge {@code e}, the points on it. Unsnapped points appear nowhere. Immutable.
 */
final class PointIndex {

    final int[] nodeStart;
    final int[] nodePoint;
    final double[] nodeSeconds;
    private final int[] byEdge;     // point indexes sorted by edge
    private final int[] edgeOfSorted;

    PointIndex(TravelTimes tt, SnappedPoints points) {
        int n = tt.net.nodeCount();
        nodeStart = new int[n + 1];
        int snapped = 0;
        for (int i = 0; i < points.size(); i++) {
            Snap s = points.get(i);
            if (s != null) {
                snapped++;
                nodeStart[tt.net.edgeFrom(s.edge()) + 1]++;
                nodeStart[tt.net.edgeTo(s.edge()) + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            nodeStart[v + 1] += nodeStart[v];
        }
        nodePoint = new int[nodeStart[n]];
        nodeSeconds = new double[nodeStart[n]];
        int[] fill = Arrays.copyOf(nodeStart, n);
        Integer[] order = new Integer[snapped];
        int k = 0;
        for (int i = 0; i < points.size(); i++) {
            Snap s = points.get(i);
            if (s == null) {
                continue;
            }
            order[k++] = i;
            int a = fill[tt.net.edgeFrom(s.edge())]++;
            nodePoint[a] = i;
            nodeSeconds[a] = tt.toFrom(s);
            int b = fill[tt.net.edgeTo(s.edge())]++;
            nodePoint[b] = i;
            nodeSeconds[b] = tt.toTo(s);
        }
        Arrays.sort(order, (x, y) -> Integer.compare(points.get(x).edge(), points.get(y).edge()));
        byEdge = new int[snapped];
        edgeOfSorted = new int[snapped];
        for (int i = 0; i < snapped; i++) {
            byEdge[i] = order[i];
            edgeOfSorted[i] = points.get(order[i]).edge();
        }
    }

    /** First position in {@link #pointOnEdgeAt(int)} of the points on {@code edge}. */
    int firstOnEdge(int edge) {
        int i = Arrays.binarySearch(edgeOfSorted, edge);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && edgeOfSorted[i - 1] == edge) {
            i--;
        }
        return i;
    }

    boolean isOnEdge(int position, int edge) {
        return position < edgeOfSorted.length && edgeOfSorted[position] == edge;
    }

    int pointOnEdgeAt(int position) {
        return byEdge[position];
    }
}
