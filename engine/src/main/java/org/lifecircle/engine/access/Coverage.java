package org.lifecircle.engine.access;

/**
 * Population-weighted coverage: the share of residents whose nearest facility of a category is within
 * each threshold (seconds, inclusive), per group (e.g. community) and overall. Residents of origins that
 * could not be snapped, or reach no facility, count as not covered but stay in the totals, so gaps are
 * never hidden. Stateless and thread-safe.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * @param secondsByCategory {@code [category][origin]}, e.g. from {@link NearestFacility#byCategory}
     * @param population        residents of each origin, &gt;= 0
     * @param groupOf           group ({@code 0..groups-1}) of each origin
     * @param thresholds        seconds
     */
    public static CoverageTable compute(double[][] secondsByCategory, double[] population, int[] groupOf, int groups,
                                        double... thresholds) {
        int origins = population.length;
        if (groupOf.length != origins) {
            throw new IllegalArgumentException("one group per origin: " + groupOf.length + " for " + origins);
        }
        int categories = secondsByCategory.length;
        int nt = thresholds.length;
        double[] groupPopulation = new double[groups];
        double[] covered = new double[groups * categories * nt];
        for (int o = 0; o < origins; o++) {
            if (!(population[o] >= 0)) {
                throw new IllegalArgumentException("population of origin " + o + " must be >= 0, was " + population[o]);
            }
            int g = groupOf[o];
            if (g < 0 || g >= groups) {
                throw new IllegalArgumentException("group " + g + " of origin " + o + " outside 0.." + (groups - 1));
            }
            groupPopulation[g] += population[o];
            for (int c = 0; c < categories; c++) {
                if (secondsByCategory[c].length != origins) {
                    throw new IllegalArgumentException("category " + c + " has " + secondsByCategory[c].length
                            + " times for " + origins + " origins");
                }
                double s = secondsByCategory[c][o];
                for (int t = 0; t < nt; t++) {
                    if (s <= thresholds[t]) {
                        covered[(g * categories + c) * nt + t] += population[o];
                    }
                }
            }
        }
        return new CoverageTable(groups, categories, thresholds, groupPopulation, covered);
    }
}
