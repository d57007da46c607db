package org.lifecircle.engine.siting;

import java.util.Arrays;

/**
 * The heuristic for instances too large for exact solving: greedy construction, then best-improvement swaps
 * (close one new site, open another) until none improves. One full swap neighbourhood is evaluated in one pass
 * over the pairs (the "fast interchange" of Whitaker 1983, as refined by Resende and Werneck 2004): for every
 * open site the loss of closing it, for every closed site the gain of opening it, and a table of the
 * corrections for each (open, closed) pair that share demand. Fixed sites are never closed.
 *
 * <p>Stateless; one call works on its own arrays.
 */
final class GreedySwap {

    private static final double EPSILON = 1e-9;

    private GreedySwap() {
    }

    /** New sites for MCLP: greedy by weight newly covered, then swaps. */
    static int[] maximalCovering(SitingInstance in, SitingRequest r) {
        Cover c = new Cover(in, r.thresholdSeconds(), r.fixedSites());
        for (int i = 0; i < r.newSites(); i++) {
            double[] gain = c.gains();
            int best = argmaxClosed(gain, c.open, c.candidate);
            if (best < 0 || gain[best] <= EPSILON) {
                break; // nothing left to cover: fewer sites suffice
            }
            c.openSite(best);
        }
        return coveringSwaps(in, c);
    }

    /** MCLP's swaps from given new sites (the Lagrangian relaxation's, say). */
    static int[] maximalCoveringFrom(SitingInstance in, SitingRequest r, int[] start) {
        Cover c = new Cover(in, r.thresholdSeconds(), r.fixedSites());
        for (int s : start) {
            c.openSite(s);
        }
        return coveringSwaps(in, c);
    }

    /**
     * MCLP's iterated local search: from {@code start}, kick one to three random new sites out for random closed
     * candidates, swap to a local optimum, and go on from there when it is no worse; stops after {@code rounds}
     * or once the weight covered reaches {@code stopAt} (the bound). Seeded, so the same call gives the same sites.
     */
    static int[] maximalCoveringIterated(SitingInstance in, SitingRequest r, int[] start, int rounds, double stopAt, long seed) {
        java.util.Random random = new java.util.Random(seed);
        boolean[] candidate = new boolean[in.sites()];
        Arrays.fill(candidate, true);
        for (int s : r.fixedSites()) {
            candidate[s] = false;
        }
        double tolerance = EPSILON * Math.max(1, in.totalWeight());
        int[] current = start.clone();
        double currentValue = covered(in, r, current);
        int[] best = current;
        double bestValue = currentValue;
        for (int round = 0; round < rounds && current.length > 0 && bestValue < stopAt - tolerance; round++) {
            int[] kicked = current.clone();
            boolean[] open = new boolean[in.sites()];
            for (int s : kicked) {
                open[s] = true;
            }
            for (int j = 1 + random.nextInt(3); j > 0; j--) {
                int into = random.nextInt(in.sites());
                if (!open[into] && candidate[into]) {
                    int i = random.nextInt(kicked.length);
                    open[kicked[i]] = false;
                    open[into] = true;
                    kicked[i] = into;
                }
            }
            int[] local = maximalCoveringFrom(in, r, kicked);
            double value = covered(in, r, local);
            if (value >= currentValue - tolerance) {
                current = local;
                currentValue = value;
            }
            if (value > bestValue + tolerance) {
                best = local;
                bestValue = value;
            }
        }
        return best;
    }

    /** Weight within the threshold of the fixed sites and these new ones. */
    private static double covered(SitingInstance in, SitingRequest r, int[] sites) {
        Cover c = new Cover(in, r.thresholdSeconds(), r.fixedSites());
        for (int s : sites) {
            c.openSite(s);
        }
        double sum = 0;
        for (int d = 0; d < in.demandPoints(); d++) {
            sum += c.count[d] > 0 ? in.weight(d) : 0;
        }
        return sum;
    }

    private static int[] coveringSwaps(SitingInstance in, Cover c) {
        while (true) {
            int[] chosen = c.chosen();
            double[] gain = c.gains();
            double[] loss = new double[chosen.length];
            int[] slot = new int[in.sites()];
            Arrays.fill(slot, -1);
            for (int i = 0; i < chosen.length; i++) {
                slot[chosen[i]] = i;
            }
            // extra[i][s]: weight covered only by chosen[i] that site s would cover too
            double[][] extra = new double[chosen.length][in.sites()];
            for (int d = 0; d < in.demandPoints(); d++) {
                if (c.count[d] != 1) {
                    continue;
                }
                int sole = c.soleCoverer(d);
                if (slot[sole] < 0) {
                    continue; // covered by a fixed site, which stays
                }
                double w = in.weight(d);
                loss[slot[sole]] += w;
                for (int k = in.demandStart(d); k < c.coverEnd[d]; k++) {
                    extra[slot[sole]][in.demandSite(k)] += w;
                }
            }
            int[] swap = bestSwap(chosen, gain, loss, extra, c.open, c.candidate, EPSILON * Math.max(1, in.totalWeight()));
            if (swap == null) {
                return chosen;
            }
            c.closeSite(swap[0]);
            c.openSite(swap[1]);
        }
    }

    /** New sites for LSCP: greedy by demand points newly covered, then redundant sites dropped. */
    static int[] setCovering(SitingInstance in, SitingRequest r, boolean[] mustCover) {
        Cover c = new Cover(in, r.thresholdSeconds(), r.fixedSites());
        int left = 0;
        for (int d = 0; d < in.demandPoints(); d++) {
            if (mustCover[d] && c.count[d] == 0) {
                left++;
            }
        }
        int[] newlyCovered = new int[in.sites()];
        while (left > 0) {
            Arrays.fill(newlyCovered, 0);
            for (int d = 0; d < in.demandPoints(); d++) {
                if (mustCover[d] && c.count[d] == 0) {
                    for (int k = in.demandStart(d); k < c.coverEnd[d]; k++) {
                        newlyCovered[in.demandSite(k)]++;
                    }
                }
            }
            int best = -1;
            for (int s = 0; s < in.sites(); s++) {
                if (!c.open[s] && (best < 0 || newlyCovered[s] > newlyCovered[best])) {
                    best = s;
                }
            }
            if (best < 0 || newlyCovered[best] == 0) {
                throw new IllegalStateException("a must-cover demand point has no site within the threshold");
            }
            left -= newlyCovered[best];
            c.openSite(best);
        }
        // drop sites whose every must-cover point another open site covers, last opened first
        int[] chosen = c.order();
        for (int i = chosen.length - 1; i >= 0; i--) {
            if (c.redundant(chosen[i], mustCover)) {
                c.closeSite(chosen[i]);
            }
        }
        return c.chosen();
    }

    /** New sites for p-median: greedy by weighted time saved, then swaps. */
    static int[] pMedian(SitingInstance in, SitingRequest r, double unserved) {
        Nearest n = new Nearest(in, unserved, r.fixedSites());
        for (int i = 0; i < r.newSites(); i++) {
            double[] saving = new double[in.sites()];
            for (int d = 0; d < in.demandPoints(); d++) {
                double w = in.weight(d);
                for (int k = in.demandStart(d); k < in.demandEnd(d) && in.demandSeconds(k) < n.first[d]; k++) {
                    saving[in.demandSite(k)] += w * (n.first[d] - in.demandSeconds(k));
                }
            }
            int best = argmaxClosed(saving, n.open, n.candidate);
            if (best < 0) {
                break; // every candidate is open
            }
            n.open[best] = true;
            n.update();
        }
        return medianSwaps(in, n);
    }

    /** p-median's swaps from given new sites (the Lagrangian relaxation's, say). */
    static int[] pMedianFrom(SitingInstance in, SitingRequest r, double unserved, int[] start) {
        Nearest n = new Nearest(in, unserved, r.fixedSites());
        for (int s : start) {
            n.open[s] = true;
        }
        n.update();
        return medianSwaps(in, n);
    }

    private static int[] medianSwaps(SitingInstance in, Nearest n) {
        while (true) {
            int[] chosen = n.chosen();
            int[] slot = new int[in.sites()];
            Arrays.fill(slot, -1);
            for (int i = 0; i < chosen.length; i++) {
                slot[chosen[i]] = i;
            }
            double[] gain = new double[in.sites()];
            double[] loss = new double[chosen.length];
            double[][] extra = new double[chosen.length][in.sites()];
            for (int d = 0; d < in.demandPoints(); d++) {
                if (in.demandStart(d) == in.demandEnd(d)) {
                    continue;
                }
                double w = in.weight(d);
                int i = n.firstSite[d] < 0 ? -1 : slot[n.firstSite[d]];
                if (i >= 0) {
                    loss[i] += w * (n.second[d] - n.first[d]);
                }
                for (int k = in.demandStart(d); k < in.demandEnd(d) && in.demandSeconds(k) < n.second[d]; k++) {
                    int s = in.demandSite(k);
                    double t = in.demandSeconds(k);
                    if (t < n.first[d]) {
                        gain[s] += w * (n.first[d] - t);
                    }
                    if (i >= 0) {
                        extra[i][s] += w * (n.second[d] - Math.max(t, n.first[d]));
                    }
                }
            }
            int[] swap = bestSwap(chosen, gain, loss, extra, n.open, n.candidate, EPSILON * Math.max(1, n.cost()));
            if (swap == null) {
                return chosen;
            }
            n.open[swap[0]] = false;
            n.open[swap[1]] = true;
            n.update();
        }
    }

    /**
     * The best swap of the neighbourhood, {out, into}, or null when none improves by more than {@code least}: closing
     * chosen site i loses {@code loss[i]}, opening s gains {@code gain[s]}, and {@code extra[i][s]} is what the two
     * share (counted in the loss, kept by the swap).
     */
    private static int[] bestSwap(int[] chosen, double[] gain, double[] loss, double[][] extra, boolean[] open,
                                  boolean[] candidate, double least) {
        double bestDelta = least;
        int[] best = null;
        for (int i = 0; i < chosen.length; i++) {
            for (int s = 0; s < gain.length; s++) {
                if (!open[s] && candidate[s]) {
                    double delta = gain[s] + extra[i][s] - loss[i];
                    if (delta > bestDelta) {
                        bestDelta = delta;
                        best = new int[] {chosen[i], s};
                    }
                }
            }
        }
        return best;
    }

    private static int argmaxClosed(double[] value, boolean[] open, boolean[] candidate) {
        int best = -1;
        for (int s = 0; s < value.length; s++) {
            if (!open[s] && candidate[s] && (best < 0 || value[s] > value[best])) {
                best = s;
            }
        }
        return best;
    }

    /** Which sites are open and how many open sites cover each demand point within the threshold. */
    private static final class Cover {
        final SitingInstance in;
        final boolean[] open;
        final boolean[] candidate;
        final int[] count;
        /** Demand point d's covering sites are its entries {@code demandStart(d) .. coverEnd[d]-1}. */
        final int[] coverEnd;
        private final double threshold;
        private final int[] opened;
        private int openedCount;

        Cover(SitingInstance in, double threshold, int[] fixed) {
            this.in = in;
            this.threshold = threshold;
            open = new boolean[in.sites()];
            candidate = new boolean[in.sites()];
            Arrays.fill(candidate, true);
            count = new int[in.demandPoints()];
            coverEnd = new int[in.demandPoints()];
            opened = new int[in.sites()];
            for (int d = 0; d < in.demandPoints(); d++) {
                int k = in.demandStart(d);
                while (k < in.demandEnd(d) && in.demandSeconds(k) <= threshold) {
                    k++;
                }
                coverEnd[d] = k;
            }
            for (int s : fixed) {
                candidate[s] = false;
                open[s] = true;
                change(s, 1);
            }
        }

        void openSite(int s) {
            open[s] = true;
            opened[openedCount++] = s;
            change(s, 1);
        }

        void closeSite(int s) {
            open[s] = false;
            int i = 0;
            while (opened[i] != s) {
                i++;
            }
            System.arraycopy(opened, i + 1, opened, i, openedCount - i - 1);
            openedCount--;
            change(s, -1);
        }

        private void change(int s, int by) {
            for (int k = in.siteStart(s); k < in.siteEnd(s); k++) {
                if (in.siteSeconds(k) <= threshold) {
                    count[in.siteDemand(k)] += by;
                }
            }
        }

        /** Weight of uncovered demand each site would cover. */
        double[] gains() {
            double[] gain = new double[in.sites()];
            for (int d = 0; d < in.demandPoints(); d++) {
                if (count[d] == 0) {
                    for (int k = in.demandStart(d); k < coverEnd[d]; k++) {
                        gain[in.demandSite(k)] += in.weight(d);
                    }
                }
            }
            return gain;
        }

        int soleCoverer(int d) {
            for (int k = in.demandStart(d); k < coverEnd[d]; k++) {
                if (open[in.demandSite(k)]) {
                    return in.demandSite(k);
                }
            }
            throw new IllegalStateException("demand point " + d + " has no open coverer");
        }

        boolean redundant(int s, boolean[] mustCover) {
            for (int k = in.siteStart(s); k < in.siteEnd(s); k++) {
                int d = in.siteDemand(k);
                if (mustCover[d] && count[d] == 1 && in.siteSeconds(k) <= threshold) {
                    return false;
                }
            }
            return true;
        }

        /** The new sites in the order opened. */
        int[] order() {
            return Arrays.copyOf(opened, openedCount);
        }

        /** The new sites, ascending. */
        int[] chosen() {
            int[] c = order();
            Arrays.sort(c);
            return c;
        }
    }

    /** The nearest and second-nearest open site of every demand point (p-median's swap bookkeeping). */
    private static final class Nearest {
        final SitingInstance in;
        final double unserved;
        final boolean[] open;
        final boolean[] candidate;
        final int[] firstSite;
        final double[] first;
        final double[] second;

        Nearest(SitingInstance in, double unserved, int[] fixed) {
            this.in = in;
            this.unserved = unserved;
            open = new boolean[in.sites()];
            candidate = new boolean[in.sites()];
            Arrays.fill(candidate, true);
            for (int s : fixed) {
                open[s] = true;
                candidate[s] = false;
            }
            firstSite = new int[in.demandPoints()];
            first = new double[in.demandPoints()];
            second = new double[in.demandPoints()];
            update();
        }

        void update() {
            for (int d = 0; d < in.demandPoints(); d++) {
                firstSite[d] = -1;
                first[d] = unserved;
                second[d] = unserved;
                for (int k = in.demandStart(d); k < in.demandEnd(d); k++) {
                    if (open[in.demandSite(k)]) {
                        if (firstSite[d] < 0) {
                            firstSite[d] = in.demandSite(k);
                            first[d] = Math.min(unserved, in.demandSeconds(k));
                        } else {
                            second[d] = Math.min(unserved, in.demandSeconds(k));
                            break;
                        }
                    }
                }
            }
        }

        double cost() {
            double sum = 0;
            for (int d = 0; d < in.demandPoints(); d++) {
                sum += in.weight(d) * first[d];
            }
            return sum;
        }

        int[] chosen() {
            int count = 0;
            int[] c = new int[in.sites()];
            for (int s = 0; s < in.sites(); s++) {
                if (open[s] && candidate[s]) {
                    c[count++] = s;
                }
            }
            return Arrays.copyOf(c, count);
        }
    }
}
