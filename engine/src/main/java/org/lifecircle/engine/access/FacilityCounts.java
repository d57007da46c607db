package org.lifecircle.engine.access;

import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;

/**
 * How many facilities of each category each origin reaches within each threshold (seconds, inclusive):
 * one Dijkstra per origin, bounded by the largest threshold, counting all categories at once. A facility's
 * time is the best over both ends of its edge (and along the edge when it shares the origin's edge).
 * An unsnapped origin counts nothing; unsnapped facilities are never counted.
 *
 * <p>Stateless; every call has its own search state, so calls may run in parallel; a call may also use
 * several threads itself.
 */
public final class FacilityCounts {

    private FacilityCounts() {
    }

    /**
     * @param categoryOf the category ({@code 0..categories-1}) of each facility
     * @param thresholds seconds, any order, each finite and &gt;= 0
     */
    public static CountTable count(TravelTimes tt, SnappedPoints origins, SnappedPoints facilities, int[] categoryOf,
                                   int categories, double... thresholds) {
        return count(1, tt, origins, facilities, categoryOf, categories, thresholds);
    }

    /** As {@link #count(TravelTimes, SnappedPoints, SnappedPoints, int[], int, double...)}, with the origins shared among {@code threads} threads. */
    public static CountTable count(int threads, TravelTimes tt, SnappedPoints origins, SnappedPoints facilities, int[] categoryOf,
                                   int categories, double... thresholds) {
        if (categoryOf.length != facilities.size()) {
            throw new IllegalArgumentException("one category per facility: " + categoryOf.length + " for " + facilities.size());
        }
        double max = 0;
        for (double t : thresholds) {
            if (!(t >= 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("thresholds must be finite seconds >= 0, got " + t);
            }
            max = Math.max(max, t);
        }
        for (int c : categoryOf) {
            if (c < 0 || c >= categories) {
                throw new IllegalArgumentException("category " + c + " outside 0.." + (categories - 1));
            }
        }
        int nt = thresholds.length;
        int[] counts = new int[origins.size() * categories * nt];
        PointIndex index = new PointIndex(tt, facilities);
        final double limit = max;
        // each origin writes only its own cells, so the table is the same for any number of threads
        Parallel.run(Math.min(threads, Math.max(1, origins.size())), (worker, workers) -> countShare(tt, origins, facilities,
                categoryOf, categories, thresholds, limit, index, counts, worker, workers));
        return new CountTable(origins.size(), categories, thresholds, counts);
    }

    private static void countShare(TravelTimes tt, SnappedPoints origins, SnappedPoints facilities, int[] categoryOf,
                                   int categories, double[] thresholds, double max, PointIndex index, int[] counts,
                                   int worker, int workers) {
        int nt = thresholds.length;
        Dijkstra d = new Dijkstra(tt);
        double[] best = new double[facilities.size()];
        int[] stamp = new int[facilities.size()];
        int[] reached = new int[facilities.size()];
        for (int o = worker; o < origins.size(); o += workers) {
            Snap s = origins.get(o);
            if (s == null) {
                continue;
            }
            int mark = o + 1;
            int reachedCount = 0;
            d.reset();
            d.seed(tt.net.edgeFrom(s.edge()), tt.toFrom(s));
            d.seed(tt.net.edgeTo(s.edge()), tt.toTo(s));
            d.run(max);
            for (int i = 0; i < d.settledCount(); i++) {
                int v = d.settled(i);
                double dv = d.dist(v);
                for (int a = index.nodeStart[v]; a < index.nodeStart[v + 1]; a++) {
                    reachedCount = offer(index.nodePoint[a], dv + index.nodeSeconds[a], mark, best, stamp, reached, reachedCount);
                }
            }
            for (int p = index.firstOnEdge(s.edge()); index.isOnEdge(p, s.edge()); p++) {
                int f = index.pointOnEdgeAt(p);
                reachedCount = offer(f, tt.sameEdge(s, facilities.get(f)), mark, best, stamp, reached, reachedCount);
            }
            int base = o * categories * nt;
            for (int r = 0; r < reachedCount; r++) {
                int f = reached[r];
                int cell = base + categoryOf[f] * nt;
                for (int t = 0; t < nt; t++) {
                    if (best[f] <= thresholds[t]) {
                        counts[cell + t]++;
                    }
                }
            }
        }
    }

    private static int offer(int f, double seconds, int mark, double[] best, int[] stamp, int[] reached, int count) {
        if (stamp[f] != mark) {
            stamp[f] = mark;
            best[f] = seconds;
            reached[count++] = f;
        } else if (seconds < best[f]) {
            best[f] = seconds;
        }
        return count;
    }
}
