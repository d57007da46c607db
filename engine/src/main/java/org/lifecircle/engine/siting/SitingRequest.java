package org.lifecircle.engine.siting;

import java.time.Duration;
import java.util.Arrays;

/**
 * What to solve: the model, its threshold and number of new sites, the sites already open, the capacity rule,
 * the method and the time limit of exact solving. Build with {@link #maximalCovering}, {@link #setCovering} or
 * {@link #pMedian} and the {@code with...} methods. Immutable.
 *
 * @param thresholdSeconds a demand point is covered when an open site is at most this far (MCLP, LSCP); for
 *                         p-median only reported (coverage at that time), and may be NaN
 * @param newSites         k: how many sites to open besides the fixed ones (MCLP, p-median); 0 for LSCP
 * @param fixedSites       sites that are open whatever the answer (existing centers), not counted in k
 * @param capacity         the population rule, or null
 * @param unservedSeconds  p-median: the time a demand point counts when no open site is within the matrix
 *                         (NaN: the largest time of the instance)
 */
public record SitingRequest(SitingModel model, double thresholdSeconds, int newSites, int[] fixedSites, Capacity capacity,
                            double unservedSeconds, Method method, Duration timeLimit) {

    /** How to solve. */
    public enum Method {
        /** OR-Tools' MIP solver: the proven optimum, or the gap to the bound when the time limit stops it. */
        EXACT,
        /** Greedy then best-improvement swaps, with a Lagrangian bound: for instances too large for exact solving. */
        HEURISTIC,
        /** Exact up to {@link Siting#EXACT_MAX_PAIRS} pairs and {@link Siting#EXACT_MAX_SITES} sites, else heuristic. */
        AUTO
    }

    public SitingRequest {
        fixedSites = fixedSites.clone();
        if (model == null || method == null || timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("model, method and a positive time limit are required");
        }
        if (model != SitingModel.P_MEDIAN && !(thresholdSeconds > 0 && thresholdSeconds < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the threshold must be a positive number of seconds, got " + thresholdSeconds);
        }
        if (model != SitingModel.SET_COVERING && newSites < 1) {
            throw new IllegalArgumentException("at least one new site, got " + newSites);
        }
    }

    /** MCLP: {@code k} new sites covering the most weight within {@code thresholdSeconds}. */
    public static SitingRequest maximalCovering(double thresholdSeconds, int k) {
        return new SitingRequest(SitingModel.MAXIMAL_COVERING, thresholdSeconds, k, new int[0], null, Double.NaN,
                Method.AUTO, Duration.ofSeconds(60));
    }

    /** LSCP: the fewest new sites putting every coverable demand point with weight within {@code thresholdSeconds}. */
    public static SitingRequest setCovering(double thresholdSeconds) {
        return new SitingRequest(SitingModel.SET_COVERING, thresholdSeconds, 0, new int[0], null, Double.NaN,
                Method.AUTO, Duration.ofSeconds(60));
    }

    /** p-median: {@code k} new sites minimising the weighted walking time. */
    public static SitingRequest pMedian(int k) {
        return new SitingRequest(SitingModel.P_MEDIAN, Double.NaN, k, new int[0], null, Double.NaN, Method.AUTO,
                Duration.ofSeconds(60));
    }

    public SitingRequest withFixedSites(int... sites) {
        return new SitingRequest(model, thresholdSeconds, newSites, sites, capacity, unservedSeconds, method, timeLimit);
    }

    public SitingRequest withCapacity(Capacity rule) {
        return new SitingRequest(model, thresholdSeconds, newSites, fixedSites, rule, unservedSeconds, method, timeLimit);
    }

    public SitingRequest withThreshold(double seconds) {
        return new SitingRequest(model, seconds, newSites, fixedSites, capacity, unservedSeconds, method, timeLimit);
    }

    public SitingRequest withUnservedSeconds(double seconds) {
        return new SitingRequest(model, thresholdSeconds, newSites, fixedSites, capacity, seconds, method, timeLimit);
    }

    public SitingRequest withMethod(Method m) {
        return new SitingRequest(model, thresholdSeconds, newSites, fixedSites, capacity, unservedSeconds, m, timeLimit);
    }

    public SitingRequest withTimeLimit(Duration limit) {
        return new SitingRequest(model, thresholdSeconds, newSites, fixedSites, capacity, unservedSeconds, method, limit);
    }

    @Override
    public int[] fixedSites() {
        return fixedSites.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SitingRequest r && model == r.model && Double.compare(thresholdSeconds, r.thresholdSeconds) == 0
                && newSites == r.newSites && Arrays.equals(fixedSites, r.fixedSites) && java.util.Objects.equals(capacity, r.capacity)
                && Double.compare(unservedSeconds, r.unservedSeconds) == 0 && method == r.method && timeLimit.equals(r.timeLimit);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(model, thresholdSeconds, newSites, Arrays.hashCode(fixedSites), capacity, unservedSeconds,
                method, timeLimit);
    }

    @Override
    public String toString() {
        return model + "[threshold " + thresholdSeconds + " s, k " + newSites + ", fixed " + Arrays.toString(fixedSites)
                + ", capacity " + capacity + ", " + method + ", limit " + timeLimit + "]";
    }
}
