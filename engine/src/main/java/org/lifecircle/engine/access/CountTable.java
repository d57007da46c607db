package org.lifecircle.engine.access;

/**
 * Facilities of each category within each time threshold of each origin, and the time to the nearest of
 * them within the largest threshold (the same searches give it for free). Immutable.
 */
public final class CountTable {

    private final int origins;
    private final int categories;
    private final double[] thresholds;
    private final int[] counts; // [origin][category][threshold]
    private final double[] nearest; // [origin][category]

    CountTable(int origins, int categories, double[] thresholds, int[] counts, double[] nearest) {
        this.origins = origins;
        this.categories = categories;
        this.thresholds = thresholds.clone();
        this.counts = counts;
        this.nearest = nearest;
    }

    public int origins() {
        return origins;
    }

    public int categories() {
        return categories;
    }

    /** The thresholds in seconds, in the order given. */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Facilities of {@code category} reachable from {@code origin} in at most {@code thresholds()[t]} seconds. */
    public int count(int origin, int category, int t) {
        return counts[(origin * categories + category) * thresholds.length + t];
    }

    /**
     * Seconds from {@code origin} to the nearest facility of {@code category} when it is within the largest
     * threshold, {@code +Infinity} otherwise (equal to {@code NearestFacility.byCategory} bounded at that threshold).
     */
    public double nearestWithin(int origin, int category) {
        return nearest[origin * categories + category];
    }
}
