package org.lifecircle.engine.siting;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain reference: every subset of the free sites, evaluated by assigning each demand point to its nearest
 * open site. Exponential; for a dozen sites.
 */
final class BruteForce {

    private BruteForce() {
    }

    /** The best objective, NaN when no subset is feasible. */
    static double optimum(SitingInstance in, SitingRequest r) {
        List<Integer> free = new ArrayList<>();
        boolean[] fixed = new boolean[in.sites()];
        for (int s : r.fixedSites()) {
            fixed[s] = true;
        }
        for (int s = 0; s < in.sites(); s++) {
            if (!fixed[s]) {
                free.add(s);
            }
        }
        boolean minimise = r.model() != SitingModel.MAXIMAL_COVERING;
        double best = Double.NaN;
        for (int mask = 0; mask < 1 << free.size(); mask++) {
            int size = Integer.bitCount(mask);
            if (r.model() != SitingModel.SET_COVERING && size > r.newSites()) {
                continue;
            }
            boolean[] open = fixed.clone();
            for (int i = 0; i < free.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    open[free.get(i)] = true;
                }
            }
            double value = value(in, r, open, fixed, size);
            if (!Double.isNaN(value) && (Double.isNaN(best) || (minimise ? value < best : value > best))) {
                best = value;
            }
        }
        return best;
    }

    /** The objective of these open sites, NaN when they break a rule. */
    private static double value(SitingInstance in, SitingRequest r, boolean[] open, boolean[] fixed, int size) {
        double reach = r.model() == SitingModel.P_MEDIAN ? Double.POSITIVE_INFINITY : r.thresholdSeconds();
        double unserved = Evaluation.unservedSeconds(in, r);
        double[] served = new double[in.sites()];
        double covered = 0;
        double cost = 0;
        for (int d = 0; d < in.demandPoints(); d++) {
            int nearest = -1;
            double t = Double.POSITIVE_INFINITY;
            for (int s = 0; s < in.sites(); s++) {
                double ts = in.seconds(s, d);
                if (open[s] && ts <= reach && ts < t) {
                    t = ts;
                    nearest = s;
                }
            }
            boolean reachable = false;
            for (int s = 0; s < in.sites(); s++) {
                reachable |= in.seconds(s, d) <= reach;
            }
            if (nearest >= 0) {
                covered += in.weight(d);
                served[nearest] += in.weight(d);
                cost += in.weight(d) * t;
            } else if (reachable) {
                if (r.model() == SitingModel.SET_COVERING && in.weight(d) > 0) {
                    return Double.NaN; // a coverable resident left uncovered
                }
                cost += in.weight(d) * unserved;
            }
        }
        if (r.capacity() != null) {
            for (int s = 0; s < in.sites(); s++) {
                if (open[s] && (served[s] > r.capacity().max() || !fixed[s] && served[s] < r.capacity().min())) {
                    return Double.NaN;
                }
            }
        }
        return switch (r.model()) {
            case MAXIMAL_COVERING -> covered;
            case SET_COVERING -> size;
            case P_MEDIAN -> cost;
        };
    }
}
