package org.lifecircle.engine.access;

import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;

/**
 * One bounded Dijkstra per source point, reporting every target point it reaches with the best time over both
 * ends of the target's edge (and along the edge when source and target share it). Shared by the kernels
 * that need all pairs within a limit ({@link FacilityCounts}, {@link PairTimes}).
 */
final class BoundedSearches {

    private BoundedSearches() {
    }

    /** Receives each (source, target) pair within the limit once, with its best time. */
    interface Reached {
        void pair(int source, int target, double seconds);
    }

    /**
     * For the worker's share of the sources: one bounded search each, reporting every target reached (times
     * may exceed {@code max} by the last stretch from a settled node: callers compare). {@code sourceDone}, when
     * not null, is called after each source.
     */
    static void searchShare(TravelTimes tt, SnappedPoints sources, SnappedPoints targets, PointIndex index,
                            double max, Reached reachedPairs, Runnable sourceDone, int worker, int workers) {
        Dijkstra d = new Dijkstra(tt);
        double[] best = new double[targets.size()];
        int[] stamp = new int[targets.size()];
        int[] reached = new int[targets.size()];
        for (int src = worker; src < sources.size(); src += workers) {
            Snap s = sources.get(src);
            if (s == null) {
                if (sourceDone != null) {
                    sourceDone.run(); // nothing to search, but done all the same
                }
                continue;
            }
            int mark = src + 1;
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
                int t = index.pointOnEdgeAt(p);
                reachedCount = offer(t, tt.sameEdge(s, targets.get(t)), mark, best, stamp, reached, reachedCount);
            }
            for (int r = 0; r < reachedCount; r++) {
                reachedPairs.pair(src, reached[r], best[reached[r]]);
            }
            if (sourceDone != null) {
                sourceDone.run();
            }
        }
    }

    private static int offer(int target, double seconds, int mark, double[] best, int[] stamp, int[] reached, int count) {
        if (stamp[target] != mark) {
            stamp[target] = mark;
            best[target] = seconds;
            reached[count++] = target;
        } else if (seconds < best[target]) {
            best[target] = seconds;
        }
        return count;
    }
}
