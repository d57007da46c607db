package org.lifecircle.engine.access;

/**
 * Facilities of each category within each time threshold of each origin. Immutable.
 */
public final class CountTable {

    private final int origins;
    private final int categories;
    private final double[] thresholds;
    private final int[] counts; // [origin][category][threshold]

    CountTable(int origins, int categories, double[] thresholds, int[] counts) {
        this.origins = origins;
        this.categories = categories;
        this.thresholds = thresholds.clone();
        this.counts = counts;
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
}
