package org.lifecircle.engine.siting;

import java.util.PriorityQueue;

/**
 * Bounds on the optimum by Lagrangian relaxation, minimised (MCLP) or maximised (p-median) by subgradient steps
 * (Polyak's step towards the heuristic's value, halved after {@value #PATIENCE} steps without progress). Each
 * value of the relaxation is a valid bound, so the best one seen is returned, however early it stops; at its
 * limit it equals the linear-programming bound (the relaxed problems have the integrality property).
 *
 * <ul>
 *   <li>MCLP (Galvão and ReVelle 1996): the coverage rows {@code y_d <= sum x_s} are priced with
 *       {@code λ_d in [0, w_d]}; then {@code L(λ) = covered by fixed + Σ_d max(0, w_d - λ_d) + the k largest
 *       Σ_{d covered by s} λ_d}, an upper bound.</li>
 *   <li>p-median (Cornuéjols, Fisher and Nemhauser 1977): the assignment rows are priced with {@code λ_d}; then
 *       {@code L(λ) = Σ_d λ_d + Σ_d min(0, w_d·unserved - λ_d) + Σ_{fixed and k smallest} ρ_s} with
 *       {@code ρ_s = Σ_d min(0, w_d·t_sd - λ_d)}, a lower bound.</li>
 * </ul>
 */
final class LagrangianBound {

    private static final int PATIENCE = 30;
    private static final double MIN_STEP = 1e-4;

    private LagrangianBound() {
    }

    /**
     * A relaxation's best value seen, in a maximising orientation ({@code bound = base + Σ of the k largest
     * values among the free sites}; p-median's negated), with each site's value at that point: enough to prove
     * sites out of, or into, every answer better than a known one; {@code sites}: new sites the relaxation chose
     * (a feasible answer for the swaps to improve: for MCLP the step's k sites that covered most, the Lagrangian
     * heuristic; for p-median those at the best bound).
     */
    record Relaxation(double bound, double[] value, boolean[] fixed, int k, int[] sites) {

        /**
         * Sites that cannot be in (excluded) or must be in (forced) any answer worth more than {@code incumbent}
         * (maximising orientation): forcing a site in, or out, moves the relaxation's value below it.
         */
        Reduction reduce(double incumbent) {
            int m = value.length;
            Integer[] order = java.util.stream.IntStream.range(0, m).filter(s -> !fixed[s]).boxed()
                    .sorted((a, b) -> Double.compare(value[b], value[a])).toArray(Integer[]::new);
            boolean[] excluded = new boolean[m];
            boolean[] forced = new boolean[m];
            if (order.length <= k) {
                return new Reduction(excluded, forced);
            }
            double kth = value[order[k - 1]];
            double next = value[order[k]];
            double margin = 1e-9 * Math.max(1, Math.abs(incumbent));
            for (int i = 0; i < order.length; i++) {
                int s = order[i];
                if (i < k) {
                    forced[s] = bound - value[s] + next < incumbent - margin;
                } else {
                    excluded[s] = bound - kth + value[s] < incumbent - margin;
                }
            }
            return new Reduction(excluded, forced);
        }
    }

    /** Sites left out of the exact model, and sites it must open. */
    record Reduction(boolean[] excluded, boolean[] forced) {
    }

    /** An upper bound on the weight k new sites (with the fixed ones) can cover; {@code found} is a known solution's value. */
    static Relaxation maximalCovering(SitingInstance in, SitingRequest r, double found, int iterations) {
        double threshold = r.thresholdSeconds();
        boolean[] fixed = new boolean[in.sites()];
        for (int s : r.fixedSites()) {
            fixed[s] = true;
        }
        int n = in.demandPoints();
        int[] coverEnd = new int[n];
        boolean[] free = new boolean[n]; // coverable by a new site, not covered by a fixed one
        double fixedCovered = 0;
        for (int d = 0; d < n; d++) {
            int k = in.demandStart(d);
            boolean byFixed = false;
            while (k < in.demandEnd(d) && in.demandSeconds(k) <= threshold) {
                byFixed |= fixed[in.demandSite(k)];
                k++;
            }
            coverEnd[d] = k;
            if (byFixed) {
                fixedCovered += in.weight(d);
            } else {
                free[d] = k > in.demandStart(d) && in.weight(d) > 0;
            }
        }
        double[] lambda = new double[n];
        double[] score = new double[in.sites()];
        int[] hits = new int[n];
        double best = Double.POSITIVE_INFINITY;
        double theta = 2;
        int sinceBetter = 0;
        int[] bestSites = new int[0];
        double bestCovered = Double.NEGATIVE_INFINITY;
        double[] bestScore = new double[in.sites()];
        for (int it = 0; it < iterations && theta > MIN_STEP; it++) {
            java.util.Arrays.fill(score, 0);
            double value = fixedCovered;
            for (int d = 0; d < n; d++) {
                if (free[d]) {
                    value += in.weight(d) - lambda[d];
                    for (int k = in.demandStart(d); k < coverEnd[d]; k++) {
                        score[in.demandSite(k)] += lambda[d];
                    }
                }
            }
            int[] top = largest(score, fixed, r.newSites());
            java.util.Arrays.fill(hits, 0);
            double covered = fixedCovered;
            for (int s : top) {
                value += score[s];
                for (int k = in.siteStart(s); k < in.siteEnd(s); k++) {
                    int d = in.siteDemand(k);
                    if (in.siteSeconds(k) <= threshold && hits[d]++ == 0 && free[d]) {
                        covered += in.weight(d);
                    }
                }
            }
            if (covered > bestCovered) {
                bestCovered = covered;
                bestSites = top;
                found = Math.max(found, covered);
            }
            boolean improved = value < best - 1e-9 * Math.abs(value);
            if (value < best) {
                best = value;
                System.arraycopy(score, 0, bestScore, 0, score.length);
            }
            if (improved) {
                sinceBetter = 0;
            } else if (++sinceBetter >= PATIENCE) {
                theta /= 2;
                sinceBetter = 0;
            }
            if (best - found <= 1e-7 * Math.max(1, found)) {
                break; // the bound meets the solution: proven optimal
            }
            // a subgradient of L at λ: hits_d - [λ_d < w_d], kept in hits
            double norm = 0;
            for (int d = 0; d < n; d++) {
                if (free[d]) {
                    hits[d] -= lambda[d] < in.weight(d) ? 1 : 0;
                    norm += (double) hits[d] * hits[d];
                }
            }
            if (norm == 0) {
                break;
            }
            double step = theta * (value - found) / norm;
            for (int d = 0; d < n; d++) {
                if (free[d]) {
                    lambda[d] = Math.min(in.weight(d), Math.max(0, lambda[d] - step * hits[d]));
                }
            }
        }
        return new Relaxation(best, bestScore, fixed, r.newSites(), bestSites);
    }

    /**
     * A lower bound on the p-median objective; {@code found} is a known solution's value. The relaxation is
     * returned negated (maximising orientation: its bound is minus the lower bound).
     */
    static Relaxation pMedian(SitingInstance in, SitingRequest r, double unserved, double found, int iterations) {
        boolean[] fixed = new boolean[in.sites()];
        for (int s : r.fixedSites()) {
            fixed[s] = true;
        }
        int n = in.demandPoints();
        double[] lambda = new double[n];
        for (int d = 0; d < n; d++) {
            boolean reachable = in.demandStart(d) < in.demandEnd(d);
            lambda[d] = reachable ? in.weight(d) * Math.min(unserved, in.demandSeconds(in.demandStart(d))) : 0;
        }
        double[] rho = new double[in.sites()];
        int[] hits = new int[n];
        double best = Double.NEGATIVE_INFINITY;
        double theta = 2;
        int sinceBetter = 0;
        double[] negated = new double[in.sites()];
        double[] bestNegated = new double[in.sites()];
        int[] bestChosen = new int[0];
        for (int it = 0; it < iterations && theta > MIN_STEP; it++) {
            java.util.Arrays.fill(rho, 0);
            double value = 0;
            for (int d = 0; d < n; d++) {
                if (in.demandStart(d) == in.demandEnd(d)) {
                    continue; // uncoverable: left out of the model
                }
                double w = in.weight(d);
                value += lambda[d] + Math.min(0, w * unserved - lambda[d]);
                for (int k = in.demandStart(d); k < in.demandEnd(d) && w * in.demandSeconds(k) < lambda[d]; k++) {
                    rho[in.demandSite(k)] += w * in.demandSeconds(k) - lambda[d];
                }
            }
            for (int s = 0; s < in.sites(); s++) {
                negated[s] = -rho[s];
            }
            int[] chosen = largest(negated, fixed, r.newSites());
            boolean[] open = fixed.clone();
            for (int s : chosen) {
                open[s] = true;
            }
            for (int s = 0; s < in.sites(); s++) {
                if (open[s]) {
                    value += rho[s];
                }
            }
            boolean improved = value > best + 1e-9 * Math.abs(value);
            if (value > best) {
                best = value;
                System.arraycopy(negated, 0, bestNegated, 0, negated.length);
                bestChosen = chosen;
            }
            if (improved) {
                sinceBetter = 0;
            } else if (++sinceBetter >= PATIENCE) {
                theta /= 2;
                sinceBetter = 0;
            }
            if (found - best <= 1e-7 * Math.max(1, found)) {
                break;
            }
            double norm = 0;
            for (int d = 0; d < n; d++) {
                if (in.demandStart(d) == in.demandEnd(d)) {
                    continue;
                }
                double w = in.weight(d);
                int h = w * unserved < lambda[d] ? 1 : 0;
                for (int k = in.demandStart(d); k < in.demandEnd(d) && w * in.demandSeconds(k) < lambda[d]; k++) {
                    if (open[in.demandSite(k)]) {
                        h++;
                    }
                }
                hits[d] = h;
                norm += (1 - h) * (1 - h);
            }
            if (norm == 0) {
                break;
            }
            double step = theta * (found - value) / norm;
            for (int d = 0; d < n; d++) {
                lambda[d] += step * (1 - hits[d]);
            }
        }
        return new Relaxation(-best, bestNegated, fixed, r.newSites(), bestChosen);
    }

    /** The {@code k} sites of largest value that are not fixed (fewer when there are fewer). */
    private static int[] largest(double[] value, boolean[] fixed, int k) {
        PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1, (a, b) -> Double.compare(value[a], value[b]));
        for (int s = 0; s < value.length; s++) {
            if (fixed[s]) {
                continue;
            }
            if (heap.size() < k) {
                heap.add(s);
            } else if (value[s] > value[heap.peek()]) {
                heap.poll();
                heap.add(s);
            }
        }
        return heap.stream().mapToInt(Integer::intValue).toArray();
    }
}
