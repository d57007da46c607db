package org.lifecircle.engine.access;

import java.util.Arrays;

/**
 * Reusable one-to-all (or many-to-all) Dijkstra over {@link TravelTimes}, optionally bounded.
 * Reset costs are proportional to the nodes touched, so many small searches stay cheap.
 * Not thread-safe: use one instance per thread.
 *
 * <p>Why the queue looks unusual: on a million-node network the search is limited by memory traffic,
 * not arithmetic. The queue is a 4-ary heap of single {@code long}s (the time rounded to a
 * {@code float} in the high half, the node in the low half), without decrease-key: an improved node is
 * pushed again and its older entry skipped when it surfaces. One array, one comparison per child, no
 * position index to keep up to date: about twice as fast as an indexed binary heap of doubles.
 * The distances themselves stay {@code double}. Two times that round to the same float may leave the
 * queue in either order; should the later one then improve the earlier (only through an edge shorter
 * than a float's rounding step, about 0.1 ms at an hour), that node is simply scanned again, so the
 * result is exactly Dijkstra's.
 */
final class Dijkstra {

    private final TravelTimes tt;
    private final double[] dist;
    private final int[] touched;
    private int touchedCount;
    private final int[] settled;
    private int settledCount;
    /** {@code settledIn[v] == search} when v is in {@link #settled} for the current search. */
    private final int[] settledIn;
    private int search = 1;
    private long[] heap = new long[1024];
    private int heapSize;

    Dijkstra(TravelTimes tt) {
        this.tt = tt;
        int n = tt.net.nodeCount();
        dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        touched = new int[n];
        settled = new int[n];
        settledIn = new int[n];
    }

    /** Forgets the previous search. */
    void reset() {
        for (int i = 0; i < touchedCount; i++) {
            dist[touched[i]] = Double.POSITIVE_INFINITY;
        }
        touchedCount = 0;
        settledCount = 0;
        heapSize = 0;
        if (++search == 0) { // wrapped after 4 billion searches: start the marks afresh
            Arrays.fill(settledIn, 0);
            search = 1;
        }
    }

    /** Starts the search at {@code node} with {@code seconds} already spent (several seeds allowed). */
    void seed(int node, double seconds) {
        improve(node, seconds);
    }

    /** Settles every node reachable within {@code limitSeconds} (inclusive), in order of time. */
    void run(double limitSeconds) {
        int[] offsets = tt.offsets;
        int[] targets = tt.targets;
        double[] seconds = tt.seconds;
        float limitKey = key(limitSeconds);
        while (heapSize > 0) {
            long top = heap[0];
            if (keyOf(top) > limitKey) {
                break; // keys never decrease along the queue, so all that is left is beyond the limit
            }
            pop();
            int v = (int) top;
            double dv = dist[v];
            if (keyOf(top) != key(dv) || dv > limitSeconds) {
                continue; // an older entry of a node improved since, or within a rounding step above the limit
            }
            if (settledIn[v] != search) {
                settledIn[v] = search;
                settled[settledCount++] = v;
            }
            for (int a = offsets[v], end = offsets[v + 1]; a < end; a++) {
                double d = dv + seconds[a];
                if (d < dist[targets[a]]) {
                    improve(targets[a], d);
                }
            }
        }
    }

    private void improve(int node, double seconds) {
        if (seconds < dist[node]) {
            if (dist[node] == Double.POSITIVE_INFINITY) {
                touched[touchedCount++] = node;
            }
            dist[node] = seconds;
            push(((long) Float.floatToRawIntBits(key(seconds)) << 32) | node);
        }
    }

    /**
     * The queue key of a time: the nearest float. Rounding never reverses an order (a &lt;= b gives
     * key(a) &lt;= key(b)), and for non-negative floats the bits order like the values.
     */
    private static float key(double seconds) {
        return (float) seconds;
    }

    private static float keyOf(long entry) {
        return Float.intBitsToFloat((int) (entry >>> 32));
    }

    private void push(long entry) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (heap[parent] <= entry) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = entry;
    }

    private void pop() {
        long last = heap[--heapSize];
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= heapSize) {
                break;
            }
            int best = first;
            for (int c = first + 1, end = Math.min(first + 4, heapSize); c < end; c++) {
                if (heap[c] < heap[best]) {
                    best = c;
                }
            }
            if (heap[best] >= last) {
                break;
            }
            heap[i] = heap[best];
            i = best;
        }
        heap[i] = last;
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
