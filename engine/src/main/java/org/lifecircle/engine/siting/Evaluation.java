package org.lifecircle.engine.siting;

import java.time.Duration;
import java.util.stream.IntStream;

/** Objective, coverage and assignment of a set of open sites: the same for every solver, so answers compare. */
final class Evaluation {

    private Evaluation() {
    }

    /** The seconds within which a site can serve a demand point in this model (all pairs for p-median). */
    static double reach(SitingRequest r) {
        return r.model() == SitingModel.P_MEDIAN ? Double.POSITIVE_INFINITY : r.thresholdSeconds();
    }

    /** Demand points no site can serve at all (see {@link SitingSolution#uncoverable()}). */
    static int[] uncoverable(SitingInstance in, SitingRequest r) {
        double reach = reach(r);
        return IntStream.range(0, in.demandPoints())
                .filter(d -> in.demandStart(d) == in.demandEnd(d) || in.demandSeconds(in.demandStart(d)) > reach).toArray();
    }

    /** p-median's time for a demand point no open site reaches. */
    static double unservedSeconds(SitingInstance in, SitingRequest r) {
        if (!Double.isNaN(r.unservedSeconds())) {
            return r.unservedSeconds();
        }
        double max = 0;
        for (int k = 0; k < in.pairs(); k++) {
            max = Math.max(max, in.siteSeconds(k));
        }
        return max;
    }

    static boolean[] open(SitingInstance in, int[] fixed, int[] chosen) {
        boolean[] open = new boolean[in.sites()];
        for (int s : fixed) {
            open[s] = true;
        }
        for (int s : chosen) {
            open[s] = true;
        }
        return open;
    }

    /** Each demand point's nearest open site within the model's reach, -1 for none. */
    static int[] nearestAssignment(SitingInstance in, SitingRequest r, boolean[] open) {
        double reach = reach(r);
        int[] assignment = new int[in.demandPoints()];
        for (int d = 0; d < assignment.length; d++) {
            assignment[d] = -1;
            for (int k = in.demandStart(d); k < in.demandEnd(d) && in.demandSeconds(k) <= reach; k++) {
                if (open[in.demandSite(k)]) {
                    assignment[d] = in.demandSite(k);
                    break;
                }
            }
        }
        return assignment;
    }

    /** The solution of these new sites with this assignment, its objective computed here. */
    static SitingSolution solution(SitingInstance in, SitingRequest r, int[] chosen, int[] assignment, SitingSolution.Status status,
                                   double bound, SitingRequest.Method method, long startNanos, String solver) {
        int[] sites = IntStream.of(chosen).sorted().distinct().toArray();
        boolean[] open = open(in, r.fixedSites(), sites);
        double covered = Double.NaN;
        if (!Double.isNaN(r.thresholdSeconds())) {
            covered = 0;
            for (int d = 0; d < in.demandPoints(); d++) {
                for (int k = in.demandStart(d); k < in.demandEnd(d) && in.demandSeconds(k) <= r.thresholdSeconds(); k++) {
                    if (open[in.demandSite(k)]) {
                        covered += in.weight(d);
                        break;
                    }
                }
            }
        }
        double objective = switch (r.model()) {
            case MAXIMAL_COVERING -> covered;
            case SET_COVERING -> sites.length;
            case P_MEDIAN -> {
                double unserved = unservedSeconds(in, r);
                double sum = 0;
                for (int d = 0; d < in.demandPoints(); d++) {
                    if (in.demandStart(d) < in.demandEnd(d)) { // demand with no time to any site is left out (uncoverable)
                        sum += in.weight(d) * (assignment[d] >= 0 ? in.seconds(assignment[d], d) : unserved);
                    }
                }
                yield sum;
            }
        };
        return new SitingSolution(r.model(), method, status, sites, r.fixedSites(), objective, bound, covered,
                in.totalWeight(), uncoverable(in, r), assignment, Duration.ofNanos(System.nanoTime() - startNanos), solver);
    }
}
