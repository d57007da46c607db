package org.lifecircle.planning.siting;

import java.util.ArrayList;
import java.util.List;

import org.lifecircle.engine.access.PairTimes;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.siting.Siting;
import org.lifecircle.engine.siting.SitingInstance;
import org.lifecircle.engine.siting.SitingProgress;
import org.lifecircle.engine.siting.SitingSolution;
import org.lifecircle.planning.access.Resident;
import org.lifecircle.planning.siting.SitingProblem.Site;
import org.lifecircle.planning.siting.SitingResult.ChosenSite;
import org.lifecircle.planning.siting.SitingResult.CompoundAnswer;
import org.lifecircle.planning.siting.SitingResult.Coverage;

/**
 * Solves a {@link SitingProblem} with the engine and describes the answer: walking times between every site and
 * compound (up to the problem's limit), the model solved, and each compound's walk before (the registry's sites
 * only) and after (its site under the answer).
 */
final class SitingComputation {

    private SitingComputation() {
    }

    static SitingResult run(SitingProblem p, SitingProgress progress) {
        long start = System.nanoTime();
        SnappedPoints demand = p.model().origins().select(p.residents());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        PairTimes times = PairTimes.within(threads, p.model().travelTimes(), p.siteSnaps(), demand, p.matrixLimit(),
                f -> progress.report(SitingProgress.Phase.MATRIX, f));
        double matrixSeconds = (System.nanoTime() - start) / 1e9;
        SitingInstance instance = SitingInstance.of(p.weights(), times);
        SitingSolution s = Siting.create().withProgress(progress).run(instance, p.request());
        return describe(p, instance, s, matrixSeconds);
    }

    private static SitingResult describe(SitingProblem p, SitingInstance in, SitingSolution s, double matrixSeconds) {
        double threshold = p.request().thresholdSeconds();
        boolean[] chosen = new boolean[in.sites()];
        for (int site : s.sites()) {
            chosen[site] = true;
        }
        int[] number = new int[in.sites()];
        int n = 0;
        for (int site = 0; site < in.sites(); site++) {
            number[site] = chosen[site] ? ++n : 0;
        }
        double[] served = new double[in.sites()];
        int[] compounds = new int[in.sites()];
        double[] farthest = new double[in.sites()];
        double beforeCovered = 0;
        double afterCovered = 0;
        Mean beforeMean = new Mean();
        Mean afterMean = new Mean();
        List<CompoundAnswer> answers = new ArrayList<>();
        int[] assignment = s.assignment();
        for (int d = 0; d < in.demandPoints(); d++) {
            Resident r = p.model().residents().get(p.residents()[d]);
            double w = in.weight(d);
            double before = nearestExisting(p, in, d);
            int site = assignment[d];
            double after = site >= 0 ? in.seconds(site, d) : Double.POSITIVE_INFINITY;
            if (before <= threshold) {
                beforeCovered += w;
            }
            if (after <= threshold) {
                afterCovered += w;
            }
            beforeMean.add(w, before);
            afterMean.add(w, after);
            if (site >= 0) {
                served[site] += w;
                compounds[site]++;
                farthest[site] = Math.max(farthest[site], after / 60);
            }
            answers.add(new CompoundAnswer(r.compoundId(), r.name(), r.lon(), r.lat(), w, minutes(before), minutes(after),
                    site < 0 ? null : number[site], site < 0 ? null : p.sites().get(site).name()));
        }
        List<ChosenSite> sites = new ArrayList<>();
        for (int site : s.sites()) {
            Site c = p.sites().get(site);
            sites.add(new ChosenSite(number[site], c.name(), c.id(), c.lon(), c.lat(), served[site], compounds[site],
                    compounds[site] > 0 ? farthest[site] : null));
        }
        double total = in.totalWeight();
        double uncoverable = java.util.stream.IntStream.of(s.uncoverable()).mapToDouble(in::weight).sum();
        List<Long> closed = new ArrayList<>();
        if (!p.keepExisting()) { // existing sites were candidates: those not chosen are left out
            for (int site = 0; site < p.existing(); site++) {
                if (!chosen[site]) {
                    closed.add(p.sites().get(site).id());
                }
            }
        }
        return new SitingResult(s.model().name(), s.method().name(), s.status().name(), s.solver(), solverKey(s), finite(s.objective()),
                finite(s.bound()), finite(s.gap()), s.elapsed().toMillis() / 1000.0, matrixSeconds, in.sites() - p.existing(),
                p.existing(), in.demandPoints(), total,
                new Coverage(beforeCovered, share(beforeCovered, total), beforeMean.minutes()),
                new Coverage(afterCovered, share(afterCovered, total), afterMean.minutes()),
                afterCovered - beforeCovered, sites, closed, answers, uncoverable);
    }

    /** How the answer was found, as a message key: the engine names its solvers in English. */
    private static String solverKey(SitingSolution s) {
        if (s.solver().equals(Siting.PROVEN_BY_BOUND)) {
            return "planning.siting.solver.bound";
        }
        if (s.solver().equals(Siting.HEURISTIC)) {
            return "planning.siting.solver.heuristic";
        }
        if (s.solver().startsWith(Siting.HEURISTIC)) {
            return "planning.siting.solver.mipTimedOut";
        }
        return s.solver().endsWith(Siting.AFTER_REDUCTION) ? "planning.siting.solver.mipReduced" : "planning.siting.solver.mip";
    }

    /** Seconds from demand point d to the nearest of the registry's sites, within the matrix. */
    private static double nearestExisting(SitingProblem p, SitingInstance in, int d) {
        for (int k = in.demandStart(d); k < in.demandEnd(d); k++) {
            if (p.isExisting(in.demandSite(k))) {
                return in.demandSeconds(k);
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Residents' mean walk over those who have a site within the matrix. */
    private static final class Mean {
        double weight;
        double sum;

        void add(double w, double seconds) {
            if (Double.isFinite(seconds)) {
                weight += w;
                sum += w * seconds;
            }
        }

        Double minutes() {
            return weight == 0 ? null : sum / weight / 60;
        }
    }

    private static Double minutes(double seconds) {
        return Double.isFinite(seconds) ? seconds / 60 : null;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double share(double part, double total) {
        return total == 0 ? 0 : part / total;
    }

}
