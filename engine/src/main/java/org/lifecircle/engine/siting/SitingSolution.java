package org.lifecircle.engine.siting;

import java.time.Duration;
import java.util.Arrays;

/**
 * An answer: the new sites chosen, the objective and how good it is known to be, and where every demand point goes.
 *
 * @param sites         the new sites, ascending (fixed sites not included)
 * @param fixedSites    the fixed sites, as requested
 * @param objective     MCLP: weight covered (fixed sites' coverage included); LSCP: number of new sites;
 *                      p-median: the sum of weight × seconds to the assigned site
 * @param bound         the best bound on the objective proven (an upper bound for MCLP, a lower one for LSCP and
 *                      p-median), NaN when none is known
 * @param coveredWeight weight within the threshold of an open site (NaN without a threshold)
 * @param totalWeight   weight of all demand points
 * @param uncoverable   demand points no site at all can serve: beyond the threshold of every site (MCLP, LSCP) or
 *                      with no time to any site (p-median); they count as uncovered and are left out of the model
 * @param assignment    the site each demand point goes to (its nearest open one, or as the capacity rule assigns),
 *                      -1 for none
 * @param solver        what solved it (e.g. "CBC", "greedy+swap")
 */
public record SitingSolution(SitingModel model, SitingRequest.Method method, Status status, int[] sites, int[] fixedSites,
                             double objective, double bound, double coveredWeight, double totalWeight, int[] uncoverable,
                             int[] assignment, Duration elapsed, String solver) {

    /** How an answer ended. */
    public enum Status {
        /** Proven optimal. */
        OPTIMAL,
        /** The time limit stopped the exact solver with a feasible answer; {@link #gap()} says how far from the bound. */
        FEASIBLE,
        /** From the heuristic: no proof, {@link #gap()} against the Lagrangian bound where there is one. */
        HEURISTIC,
        /** No answer meets the constraints (a capacity rule that cannot be met, say). */
        INFEASIBLE
    }

    public SitingSolution {
        sites = sites.clone();
        fixedSites = fixedSites.clone();
        uncoverable = uncoverable.clone();
        assignment = assignment.clone();
    }

    /**
     * The relative distance between the objective and the bound ({@code |bound - objective| / |objective|}): 0
     * for a proven optimum, NaN when no bound is known.
     */
    public double gap() {
        if (status == Status.OPTIMAL) {
            return 0;
        }
        if (Double.isNaN(bound) || Double.isNaN(objective)) {
            return Double.NaN;
        }
        return objective == 0 ? (bound == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.abs(bound - objective) / Math.abs(objective);
    }

    /** Weight-averaged seconds to the assigned site over the assigned demand points (NaN when none is assigned). */
    public double meanSeconds(SitingInstance instance) {
        double weight = 0;
        double sum = 0;
        for (int d = 0; d < assignment.length; d++) {
            if (assignment[d] >= 0) {
                weight += instance.weight(d);
                sum += instance.weight(d) * instance.seconds(assignment[d], d);
            }
        }
        return weight == 0 ? Double.NaN : sum / weight;
    }

    /** Weight assigned to each site (index: site), the population each would serve. */
    public double[] servedWeight(SitingInstance instance) {
        double[] served = new double[instance.sites()];
        for (int d = 0; d < assignment.length; d++) {
            if (assignment[d] >= 0) {
                served[assignment[d]] += instance.weight(d);
            }
        }
        return served;
    }

    @Override
    public int[] sites() {
        return sites.clone();
    }

    @Override
    public int[] fixedSites() {
        return fixedSites.clone();
    }

    @Override
    public int[] uncoverable() {
        return uncoverable.clone();
    }

    @Override
    public int[] assignment() {
        return assignment.clone();
    }

    @Override
    public String toString() {
        return model + " " + status + " by " + solver + ": sites " + Arrays.toString(sites) + ", objective " + objective
                + ", bound " + bound + ", covered " + coveredWeight + " of " + totalWeight + ", in " + elapsed;
    }
}
