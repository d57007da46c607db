package org.lifecircle.engine.access;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

import org.lifecircle.engine.network.SnappedPoints;

/**
 * Walking times between every source and every target point that are at most a limit apart, stored sparsely
 * by source (CSR: for source {@code s}, entries {@code start(s) .. end(s)-1}, each a target and its seconds,
 * targets ascending). The matrix the siting models work on: sources are candidate sites, targets the
 * residents' points. Unsnapped points have no entries. Immutable.
 *
 * <p>Built with one bounded search per source, as {@link FacilityCounts} does, on one or more threads (the
 * result does not depend on their number).
 */
public final class PairTimes {

    private final int sources;
    private final int targets;
    private final int[] start;
    private final int[] target;
    private final double[] seconds;

    private PairTimes(int sources, int targets, int[] start, int[] target, double[] seconds) {
        this.sources = sources;
        this.targets = targets;
        this.start = start;
        this.target = target;
        this.seconds = seconds;
    }

    /** Pairs within {@code limitSeconds} (inclusive). */
    public static PairTimes within(TravelTimes tt, SnappedPoints sources, SnappedPoints targets, double limitSeconds) {
        return within(1, tt, sources, targets, limitSeconds, null);
    }

    /**
     * As {@link #within(TravelTimes, SnappedPoints, SnappedPoints, double)} on {@code threads} threads;
     * {@code progress}, when not null, receives the share of sources searched (0..1, rising, ending at 1) now and
     * then, from any of the threads.
     */
    public static PairTimes within(int threads, TravelTimes tt, SnappedPoints sources, SnappedPoints targets,
                                   double limitSeconds, DoubleConsumer progress) {
        if (!(limitSeconds >= 0) || Double.isInfinite(limitSeconds)) {
            throw new IllegalArgumentException("limit must be finite seconds >= 0, got " + limitSeconds);
        }
        PointIndex index = new PointIndex(tt, targets);
        int workers = Math.min(threads, Math.max(1, sources.size()));
        Triplets[] found = new Triplets[workers];
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, sources.size() / 100);
        int[] reported = {0}; // reports in order, whatever thread finishes a source: the last one says 1
        Runnable sourceDone = progress == null ? null : () -> {
            int d = done.incrementAndGet();
            if (d % step == 0 || d == sources.size()) {
                synchronized (reported) {
                    if (d > reported[0]) {
                        reported[0] = d;
                        progress.accept((double) d / sources.size());
                    }
                }
            }
        };
        Parallel.run(workers, (worker, n) -> {
            Triplets t = new Triplets();
            BoundedSearches.searchShare(tt, sources, targets, index, limitSeconds, (s, p, sec) -> {
                if (sec <= limitSeconds) {
                    t.add(s, p, sec);
                }
            }, sourceDone, worker, n);
            found[worker] = t;
        });
        return fromTriplets(sources.size(), targets.size(), found);
    }

    /** A matrix given as rows: {@code seconds[s][t]}, infinite (or NaN) where no time is known. For tests and data files. */
    public static PairTimes of(double[][] seconds, int targets) {
        Triplets t = new Triplets();
        for (int s = 0; s < seconds.length; s++) {
            if (seconds[s].length != targets) {
                throw new IllegalArgumentException("row " + s + " has " + seconds[s].length + " times for " + targets + " targets");
            }
            for (int p = 0; p < targets; p++) {
                double sec = seconds[s][p];
                if (sec < 0) {
                    throw new IllegalArgumentException("negative time at row " + s + ", column " + p);
                }
                if (sec < Double.POSITIVE_INFINITY) {
                    t.add(s, p, sec);
                }
            }
        }
        return fromTriplets(seconds.length, targets, new Triplets[] {t});
    }

    private static PairTimes fromTriplets(int sources, int targets, Triplets[] parts) {
        int[] start = new int[sources + 1];
        for (Triplets t : parts) {
            for (int i = 0; i < t.size; i++) {
                start[t.source[i] + 1]++;
            }
        }
        for (int s = 0; s < sources; s++) {
            start[s + 1] += start[s];
        }
        int[] target = new int[start[sources]];
        double[] seconds = new double[start[sources]];
        int[] fill = Arrays.copyOf(start, sources);
        for (Triplets t : parts) {
            for (int i = 0; i < t.size; i++) {
                int k = fill[t.source[i]]++;
                target[k] = t.target[i];
                seconds[k] = t.seconds[i];
            }
        }
        for (int s = 0; s < sources; s++) {
            sortByTarget(target, seconds, start[s], start[s + 1]);
        }
        return new PairTimes(sources, targets, start, target, seconds);
    }

    /** Sorts one row by target, through packed (target, position) keys. */
    private static void sortByTarget(int[] target, double[] seconds, int from, int to) {
        int n = to - from;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) target[from + i] << 32) | i;
        }
        Arrays.sort(keys);
        double[] sec = Arrays.copyOfRange(seconds, from, to);
        for (int i = 0; i < n; i++) {
            target[from + i] = (int) (keys[i] >>> 32);
            seconds[from + i] = sec[(int) keys[i]];
        }
    }

    public int sources() {
        return sources;
    }

    public int targets() {
        return targets;
    }

    /** How many pairs in all. */
    public int pairs() {
        return start[sources];
    }

    public int start(int source) {
        return start[source];
    }

    public int end(int source) {
        return start[source + 1];
    }

    /** The target of entry {@code k}. */
    public int target(int k) {
        return target[k];
    }

    /** The seconds of entry {@code k}. */
    public double seconds(int k) {
        return seconds[k];
    }

    /** Growable parallel arrays of (source, target, seconds). */
    private static final class Triplets {
        int[] source = new int[1024];
        int[] target = new int[1024];
        double[] seconds = new double[1024];
        int size;

        void add(int s, int t, double sec) {
            if (size == source.length) {
                source = Arrays.copyOf(source, size * 2);
                target = Arrays.copyOf(target, size * 2);
                seconds = Arrays.copyOf(seconds, size * 2);
            }
            source[size] = s;
            target[size] = t;
            seconds[size++] = sec;
        }
    }
}
