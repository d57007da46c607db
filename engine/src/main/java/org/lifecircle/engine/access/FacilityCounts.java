package org.lifecircle.engine.access;

import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;

/**
 * How many facilities of each category each origin reaches within each threshold (seconds, inclusive),
 * and the nearest of them within the largest threshold ({@link CountTable#nearestWithin}).
 * A facility's time is the best over both ends of its edge (and along the edge when it shares the
 * origin's edge). An unsnapped origin counts nothing; unsnapped facilities are never counted.
 *
 * <p>One bounded Dijkstra (to the largest threshold) per point of the <em>smaller</em> side: per origin,
 * counting every facility it reaches, or, when facilities are fewer, per facility, counting it for every
 * origin it reaches. The network is symmetric, so both give the same times; searching from the smaller
 * side does fewer searches of the same size.
 *
 * <p>Stateless; every call has its own search state, so calls may run in parallel; a call may also use
 * several threads itself (each with its own table, added up at the end: the result does not depend on
 * the number of threads).
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

    /** As {@link #count(TravelTimes, SnappedPoints, SnappedPoints, int[], int, double...)}, with the searches shared among {@code threads} threads. */
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
        int cells = origins.size() * categories * nt;
        boolean fromFacilities = facilities.snappedCount() < origins.snappedCount();
        SnappedPoints sources = fromFacilities ? facilities : origins;
        SnappedPoints targets = fromFacilities ? origins : facilities;
        PointIndex targetIndex = new PointIndex(tt, targets);
        int workers = Math.min(threads, Math.max(1, sources.size()));
        int[][] tables = new int[workers][];
        double[][] nearestTables = new double[workers][];
        final double limit = max;
        Parallel.run(workers, (worker, n) -> {
            int[] counts = new int[cells];
            double[] nearest = new double[origins.size() * categories];
            java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
            BoundedSearches.Reached reached = (source, target, seconds) -> {
                int o = fromFacilities ? target : source;
                int f = fromFacilities ? source : target;
                int pair = o * categories + categoryOf[f];
                for (int t = 0; t < nt; t++) {
                    if (seconds <= thresholds[t]) {
                        counts[pair * nt + t]++;
                    }
                }
                if (seconds <= limit && seconds < nearest[pair]) {
                    nearest[pair] = seconds;
                }
            };
            BoundedSearches.searchShare(tt, sources, targets, targetIndex, limit, reached, null, worker, n);
            tables[worker] = counts;
            nearestTables[worker] = nearest;
        });
        int[] total = tables[0];
        double[] nearest = nearestTables[0];
        for (int w = 1; w < workers; w++) {
            for (int i = 0; i < cells; i++) {
                total[i] += tables[w][i];
            }
            for (int i = 0; i < nearest.length; i++) {
                nearest[i] = Math.min(nearest[i], nearestTables[w][i]);
            }
        }
        return new CountTable(origins.size(), categories, thresholds, total, nearest);
    }
}
