package org.lifecircle.engine.access;

import java.util.Arrays;

/**
 * Reusable one-to-all (or many-to-all) Dijkstra over {@link TravelTimes}, optionally bounded.
 * Reset costs are proportional to the nodes touched, so many small searches stay cheap.
 * Not thread-safe: use one instance per thread.
 */
final class Dijkstra {

    private final TravelTimes tt;
    private final double[] dist;
    private final MinHeap heap;
    private final int[] touched;
    private int touchedCount;
    private final int[] settled;
    private int settledCount;

    Dijkstra(TravelTimes tt) {
        this.tt = tt;
        int n = tt.net.nodeCount();
        dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        heap = new MinHeap(n);
        touched = new int[n];
        settled = new int[n];
    }

    /** Forgets the previous search. */
    void reset() {
        for (int i = 0; i < touchedCount; i++) {
            dist[touched[i]] = Double.POSITIVE_INFINITY;
        }
        touchedCount = 0;
        settledCount = 0;
        heap.clear();
    }

    /** Starts the search at {@code node} with {@code seconds} already spent (several seeds allowed). */
    void seed(int node, double seconds) {
        if (seconds < dist[node]) {
            if (dist[node] == Double.POSITIVE_INFINITY) {
                touched[touchedCount++] = node;
            }
            dist[node] = seconds;
            heap.push(node, seconds);
        }
    }

    /** Settles every node reachable within {@code limitSeconds} (inclusive), in order of time. */
    void run(double limitSeconds) {
        int[] offsets = tt.offsets;
        int[] targets = tt.targets;
        double[] seconds = tt.seconds;
        while (!heap.isEmpty() && heap.peekKey() <= limitSeconds) {
            int v = heap.pop();
            settled[settledCount++] = v;
            double dv = dist[v];
            for (int a = offsets[v], end = offsets[v + 1]; a < end; a++) {
                double d = dv + seconds[a];
                int w = targets[a];
                if (d < dist[w]) {
                    if (dist[w] == Double.POSITIVE_INFINITY) {
                        touched[touchedCount++] = w;
                    }
                    dist[w] = d;
                    heap.push(w, d);
                }
            }
        }
    }

    /** Seconds to the node; exact for settled nodes, an upper bound (or infinity) for the others. */
    double dist(int node) {
        return dist[node];
    }

    int settledCount() {
        return settledCount;
    }

    int settled(int i) {
        return settled[i];
    }

    /** A copy of the distances with every node not settled at infinity. */
    double[] distances() {
        double[] out = new double[dist.length];
        Arrays.fill(out, Double.POSITIVE_INFINITY);
        for (int i = 0; i < settledCount; i++) {
            out[settled[i]] = dist[settled[i]];
        }
        return out;
    }
}
