package org.lifecircle.engine.access;

/**
 * Residents covered (nearest facility of a category within a threshold) per group and overall.
 * Immutable.
 */
public final class CoverageTable {

    private final int groups;
    private final int categories;
    private final double[] thresholds;
    private final double[] groupPopulation;
    private final double[] covered; // [group][category][threshold]
    private final double totalPopulation;

    CoverageTable(int groups, int categories, double[] thresholds, double[] groupPopulation, double[] covered) {
        this.groups = groups;
        this.categories = categories;
        this.thresholds = thresholds.clone();
        this.groupPopulation = groupPopulation;
        this.covered = covered;
        double sum = 0;
        for (double p : groupPopulation) {
            sum += p;
        }
        this.totalPopulation = sum;
    }

    public int groups() {
        return groups;
    }

    public int categories() {
        return categories;
    }

    public double[] thresholds() {
        return thresholds.clone();
    }

    /** All residents of the group's origins, snapped or not. */
    public double population(int group) {
        return groupPopulation[group];
    }

    public double coveredPopulation(int group, int category, int t) {
        return covered[(group * categories + category) * thresholds.length + t];
    }

    /** Covered share of the group's residents, 0..1; 0 for a group without residents. */
    public double share(int group, int category, int t) {
        return groupPopulation[group] == 0 ? 0 : coveredPopulation(group, category, t) / groupPopulation[group];
    }

    public double overallCoveredPopulation(int category, int t) {
        double sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += coveredPopulation(g, category, t);
        }
        return sum;
    }

    /** Covered share of all residents, 0..1. */
    public double overallShare(int category, int t) {
        return totalPopulation == 0 ? 0 : overallCoveredPopulation(category, t) / totalPopulation;
    }
}
