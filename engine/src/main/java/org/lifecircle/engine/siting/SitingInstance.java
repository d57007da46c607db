package org.lifecircle.engine.siting;

import java.util.Arrays;

import org.lifecircle.engine.access.PairTimes;

/**
 * What a siting model works on: demand points with their weights (residents), candidate sites, and the
 * walking time of every (site, demand) pair that is within the matrix's limit. Pairs farther apart are
 * simply absent: a site never covers, and is never the nearest for, a demand point it has no time to.
 * Times are seconds here, though any non-negative cost works (the published benchmark instances use metres).
 *
 * <p>Stored twice, compactly (CSR): by site (demand points ascending) for the covering kernels, and by demand
 * point (sites by ascending time) for assignment to the nearest open site. Immutable and safe to share.
 */
public final class SitingInstance {

    private final double[] weight;
    private final int sites;
    private final int[] siteStart;
    private final int[] siteDemand;
    private final double[] siteSeconds;
    private final int[] demandStart;
    private final int[] demandSite;
    private final double[] demandSeconds;

    private SitingInstance(double[] weight, PairTimes times) {
        this.weight = weight;
        this.sites = times.sources();
        int pairs = times.pairs();
        siteStart = new int[sites + 1];
        siteDemand = new int[pairs];
        siteSeconds = new double[pairs];
        demandStart = new int[weight.length + 1];
        int[] siteOf = new int[pairs];
        for (int s = 0; s < sites; s++) {
            siteStart[s + 1] = times.end(s);
            for (int k = times.start(s); k < times.end(s); k++) {
                siteOf[k] = s;
                siteDemand[k] = times.target(k);
                siteSeconds[k] = times.seconds(k);
                demandStart[times.target(k) + 1]++;
            }
        }
        for (int d = 0; d < weight.length; d++) {
            demandStart[d + 1] += demandStart[d];
        }
        // by demand point, each row sorted by time (then site) through packed keys: float bits order like the
        // values for non-negative floats, and the exact double is looked up afterwards
        long[] keys = new long[pairs];
        int[] fill = Arrays.copyOf(demandStart, weight.length);
        int[] entryOf = new int[pairs];
        for (int s = 0; s < sites; s++) {
            for (int k = siteStart[s]; k < siteStart[s + 1]; k++) {
                entryOf[fill[siteDemand[k]]++] = k;
            }
        }
        demandSite = new int[pairs];
        demandSeconds = new double[pairs];
        for (int d = 0; d < weight.length; d++) {
            int from = demandStart[d];
            int to = demandStart[d + 1];
            for (int i = from; i < to; i++) {
                int k = entryOf[i];
                keys[i] = ((long) Float.floatToIntBits((float) siteSeconds[k]) << 32) | k;
            }
            Arrays.sort(keys, from, to);
            for (int i = from; i < to; i++) {
                int k = (int) keys[i];
                demandSeconds[i] = siteSeconds[k];
                demandSite[i] = siteOf[k];
            }
            // times equal as floats may differ as doubles: order them exactly (rare and short)
            for (int i = from + 1; i < to; i++) {
                for (int j = i; j > from && demandSeconds[j] < demandSeconds[j - 1]; j--) {
                    swap(j, j - 1);
                }
            }
        }
    }

    /**
     * An instance over a time matrix whose sources are the candidate sites and whose targets are the demand
     * points, with one weight (residents, say) per demand point.
     */
    public static SitingInstance of(double[] weights, PairTimes times) {
        if (weights.length != times.targets()) {
            throw new IllegalArgumentException(weights.length + " weights for " + times.targets() + " demand points");
        }
        for (int d = 0; d < weights.length; d++) {
            if (!(weights[d] >= 0) || Double.isInfinite(weights[d])) {
                throw new IllegalArgumentException("weight of demand point " + d + " must be finite and >= 0, was " + weights[d]);
            }
        }
        return new SitingInstance(weights.clone(), times);
    }

    private void swap(int i, int j) {
        int s = demandSite[i];
        demandSite[i] = demandSite[j];
        demandSite[j] = s;
        double t = demandSeconds[i];
        demandSeconds[i] = demandSeconds[j];
        demandSeconds[j] = t;
    }

    public int sites() {
        return sites;
    }

    public int demandPoints() {
        return weight.length;
    }

    public double weight(int demand) {
        return weight[demand];
    }

    /** Whether every weight is a whole number (then so is every covered weight: a bound below the next one proves). */
    public boolean wholeWeights() {
        for (double w : weight) {
            if (w != Math.rint(w)) {
                return false;
            }
        }
        return true;
    }

    public double totalWeight() {
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        return sum;
    }

    /** How many (site, demand) pairs have a time. */
    public int pairs() {
        return siteDemand.length;
    }

    /** Entries of site {@code s}: {@link #siteDemand(int)} and {@link #siteSeconds(int)} for {@code siteStart(s) <= k < siteEnd(s)}. */
    public int siteStart(int s) {
        return siteStart[s];
    }

    public int siteEnd(int s) {
        return siteStart[s + 1];
    }

    public int siteDemand(int k) {
        return siteDemand[k];
    }

    public double siteSeconds(int k) {
        return siteSeconds[k];
    }

    /** Entries of demand point {@code d}, nearest site first: {@link #demandSite(int)} and {@link #demandSeconds(int)}. */
    public int demandStart(int d) {
        return demandStart[d];
    }

    public int demandEnd(int d) {
        return demandStart[d + 1];
    }

    public int demandSite(int k) {
        return demandSite[k];
    }

    public double demandSeconds(int k) {
        return demandSeconds[k];
    }

    /** Seconds from site {@code s} to demand point {@code d}, or infinity when the pair is beyond the matrix's limit. */
    public double seconds(int s, int d) {
        int k = Arrays.binarySearch(siteDemand, siteStart[s], siteStart[s + 1], d);
        return k >= 0 ? siteSeconds[k] : Double.POSITIVE_INFINITY;
    }
}
