package org.lifecircle.engine.siting;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.lifecircle.engine.siting.SitingProgress.Phase;
import org.lifecircle.engine.siting.SitingRequest.Method;
import org.lifecircle.engine.siting.SitingSolution.Status;

/**
 * Solves siting models: where to put the next k sites, or how few are needed. The one-shot entry point is
 * {@link #solve(SitingInstance, SitingRequest)}; a configured instance ({@link #create()} and {@code with...})
 * chooses the MIP backend and receives progress.
 *
 * <p>Exact solving (MCLP, p-median) starts with the heuristic and the Lagrangian bound: when the bound meets the
 * heuristic's answer, that answer is proven optimal and no MIP is built; otherwise the relaxation rules sites out
 * (or in), and OR-Tools solves the smaller model with what is left of the time limit, starting from the heuristic's
 * sites. The answer is never worse than the heuristic's, and carries the better of the two bounds. LSCP and the
 * capacity rule go to the MIP directly; the capacity rule is solved exactly only. Thread-safe: instances are
 * immutable and calls share no state.
 */
public final class Siting {

    /** AUTO solves exactly up to this many candidate sites ... */
    public static final int EXACT_MAX_SITES = 2_000;
    /** ... and this many (site, demand) pairs. */
    public static final int EXACT_MAX_PAIRS = 2_000_000;
    /** {@link SitingSolution#solver()} of a heuristic answer. */
    public static final String HEURISTIC = "greedy+swap";
    /** Ends {@link SitingSolution#solver()} when the MIP solved a model the Lagrangian relaxation had reduced. */
    public static final String AFTER_REDUCTION = " after Lagrangian reduction";
    /** {@link SitingSolution#solver()} of a heuristic answer the Lagrangian bound proved optimal (no MIP needed). */
    public static final String PROVEN_BY_BOUND = "greedy+swap, proven by the Lagrangian bound";
    /**
     * Work budgets, in pair visits: subgradient steps of the Lagrangian bound and rounds of MCLP's iterated local
     * search each visit about every (site, demand) pair, so their number is a budget over the pairs, within limits
     * (about 3 s each on the 1,000 × 10,000 district benchmark; see docs/BENCHMARKS.md).
     */
    static final long BOUND_WORK = 4_000_000_000L;
    static final long SEARCH_WORK = 500_000_000L;

    private static int budget(long work, SitingInstance in, int min, int max) {
        return (int) Math.max(min, Math.min(max, work / Math.max(1, in.pairs())));
    }

    private final String backend;
    private final SitingProgress progress;

    private Siting(String backend, SitingProgress progress) {
        this.backend = backend;
        this.progress = progress;
    }

    /**
     * SCIP as the MIP backend, no progress reports. SCIP rather than CBC: after the Lagrangian reduction the models
     * left are small, and SCIP proved the district benchmark's p-median optimum in 1.6 s where CBC took 11.5 s (MCLP:
     * 0.7 s against 1.3 s); it also heeds the time limit more closely.
     */
    public static Siting create() {
        return new Siting("SCIP", SitingProgress.NONE);
    }

    /** Solves with the defaults of {@link #create()}. */
    public static SitingSolution solve(SitingInstance instance, SitingRequest request) {
        return create().run(instance, request);
    }

    /** Another of OR-Tools' MIP backends by its name ("SCIP", "CBC"; HiGHS given a hint crashed the JVM once here). */
    public Siting withBackend(String name) {
        return new Siting(name, progress);
    }

    public Siting withProgress(SitingProgress listener) {
        return new Siting(backend, listener);
    }

    /** The method AUTO takes for this instance. */
    public static Method methodFor(SitingInstance in, SitingRequest r) {
        if (r.method() != Method.AUTO) {
            return r.method();
        }
        return r.capacity() != null || in.sites() <= EXACT_MAX_SITES && in.pairs() <= EXACT_MAX_PAIRS ? Method.EXACT : Method.HEURISTIC;
    }

    public SitingSolution run(SitingInstance in, SitingRequest r) {
        check(in, r);
        long start = System.nanoTime();
        Method method = methodFor(in, r);
        if (r.capacity() != null && method == Method.HEURISTIC) {
            throw new IllegalArgumentException("the capacity rule is solved exactly only");
        }
        int[] hint = null;
        Heuristic incumbent = null;
        if (r.capacity() == null) {
            progress.report(Phase.HEURISTIC, 0);
            hint = heuristic(in, r);
            progress.report(Phase.HEURISTIC, 1);
            if (r.model() != SitingModel.SET_COVERING) {
                incumbent = heuristicAnswer(in, r, hint, start);
                hint = incumbent.solution().sites();
            }
        }
        SitingSolution answer;
        if (method == Method.HEURISTIC) {
            answer = incumbent != null ? incumbent.solution() : heuristicSolution(in, r, hint, Double.NaN, start);
        } else if (incumbent != null && incumbent.proven()) {
            answer = incumbent.provenOptimal(in, r, start);
        } else {
            progress.report(Phase.EXACT, 0);
            LagrangianBound.Reduction reduction = incumbent == null ? null : incumbent.reduction();
            // the MIP gets what is left of the time limit (at least a second)
            long spent = (System.nanoTime() - start) / 1_000_000;
            java.time.Duration left = java.time.Duration.ofMillis(Math.max(1_000, r.timeLimit().toMillis() - spent));
            ExactSolver.Result result = new ExactSolver(backend).solve(in, r.withTimeLimit(left), hint, reduction);
            progress.report(Phase.EXACT, 1);
            answer = exactAnswer(in, r, result, incumbent, start);
        }
        progress.report(Phase.DONE, 1);
        return answer;
    }

    /** A heuristic answer with the relaxation that bounds it. */
    private record Heuristic(SitingSolution solution, LagrangianBound.Relaxation relaxation, boolean maximise,
                             boolean wholeWeights) {

        /** The objective in the relaxation's maximising orientation. */
        double value() {
            return maximise ? solution.objective() : -solution.objective();
        }

        /** The bound meets the answer: with whole weights, a bound less than one above it suffices. */
        boolean proven() {
            double slack = relaxation.bound() - value();
            return slack <= 1e-9 * Math.max(1, Math.abs(value())) || maximise && wholeWeights && slack < 1 - 1e-9;
        }

        LagrangianBound.Reduction reduction() {
            return relaxation.reduce(value());
        }

        SitingSolution provenOptimal(SitingInstance in, SitingRequest r, long start) {
            return Evaluation.solution(in, r, solution.sites(), solution.assignment(), Status.OPTIMAL, solution.objective(),
                    Method.EXACT, start, PROVEN_BY_BOUND);
        }
    }

    /**
     * The heuristic's answer with its bound. For MCLP the Lagrangian relaxation also proposes sites (its best
     * step's k sites), which swaps then improve: the better of that and greedy-plus-swap is the answer.
     */
    private Heuristic heuristicAnswer(SitingInstance in, SitingRequest r, int[] greedy, long start) {
        SitingSolution s = heuristicSolution(in, r, greedy, Double.NaN, start);
        progress.report(Phase.BOUND, 0);
        Heuristic answer;
        if (r.model() == SitingModel.MAXIMAL_COVERING) {
            LagrangianBound.Relaxation relaxed = LagrangianBound.maximalCovering(in, r, s.objective(),
                    budget(BOUND_WORK, in, 300, 3_000));
            double bound = relaxed.bound();
            SitingSolution fromRelaxation = heuristicSolution(in, r, GreedySwap.maximalCoveringFrom(in, r, relaxed.sites()), bound, start);
            SitingSolution pick = fromRelaxation.objective() > s.objective() ? fromRelaxation
                    : heuristicSolution(in, r, greedy, bound, start);
            Heuristic candidate = new Heuristic(pick, relaxed, true, in.wholeWeights());
            if (!candidate.proven()) { // the bound is not met: search on from the better answer
                progress.report(Phase.HEURISTIC, 0);
                double stopAt = in.wholeWeights() ? Math.floor(bound) : bound;
                int[] searched = GreedySwap.maximalCoveringIterated(in, r, pick.sites(), budget(SEARCH_WORK, in, 20, 1_000),
                        stopAt, 1);
                SitingSolution iterated = heuristicSolution(in, r, searched, bound, start);
                if (iterated.objective() > pick.objective()) {
                    candidate = new Heuristic(iterated, relaxed, true, in.wholeWeights());
                }
            }
            answer = candidate;
        } else {
            LagrangianBound.Relaxation relaxed = LagrangianBound.pMedian(in, r, Evaluation.unservedSeconds(in, r),
                    s.objective(), budget(BOUND_WORK, in, 300, 3_000));
            progress.report(Phase.HEURISTIC, 0);
            double unserved = Evaluation.unservedSeconds(in, r);
            SitingSolution fromGreedy = heuristicSolution(in, r, greedy, -relaxed.bound(), start);
            SitingSolution fromRelaxation = heuristicSolution(in, r, GreedySwap.pMedianFrom(in, r, unserved, relaxed.sites()),
                    -relaxed.bound(), start);
            answer = new Heuristic(fromRelaxation.objective() < fromGreedy.objective() ? fromRelaxation : fromGreedy, relaxed, false,
                    in.wholeWeights());
        }
        progress.report(Phase.BOUND, 1);
        return answer;
    }

    private static SitingSolution heuristicSolution(SitingInstance in, SitingRequest r, int[] sites, double bound, long start) {
        boolean[] open = Evaluation.open(in, r.fixedSites(), sites);
        return Evaluation.solution(in, r, sites, Evaluation.nearestAssignment(in, r, open), Status.HEURISTIC, bound,
                Method.HEURISTIC, start, HEURISTIC);
    }

    private SitingSolution exactAnswer(SitingInstance in, SitingRequest r, ExactSolver.Result result, Heuristic incumbent, long start) {
        if (result.status() == Status.INFEASIBLE) {
            int[] none = new int[in.demandPoints()];
            Arrays.fill(none, -1);
            return new SitingSolution(r.model(), Method.EXACT, Status.INFEASIBLE, new int[0], r.fixedSites(), Double.NaN,
                    Double.NaN, Double.NaN, in.totalWeight(), Evaluation.uncoverable(in, r), none,
                    java.time.Duration.ofNanos(System.nanoTime() - start), backend);
        }
        double bound = result.bound();
        if (incumbent != null) { // the tighter of the MIP's and the relaxation's bound
            double lagrangian = incumbent.solution().bound();
            boolean maximise = r.model() == SitingModel.MAXIMAL_COVERING;
            bound = Double.isNaN(bound) ? lagrangian : maximise ? Math.min(bound, lagrangian) : Math.max(bound, lagrangian);
        }
        SitingSolution mip = null;
        if (result.sites() != null) {
            int[] assignment = result.assignment() != null ? result.assignment()
                    : Evaluation.nearestAssignment(in, r, Evaluation.open(in, r.fixedSites(), result.sites()));
            mip = Evaluation.solution(in, r, result.sites(), assignment, result.status(), bound, Method.EXACT, start,
                    backend + (incumbent == null ? "" : AFTER_REDUCTION));
        }
        if (incumbent == null) {
            if (mip == null) {
                throw new IllegalStateException("no answer within " + r.timeLimit() + ": allow more time");
            }
            return mip;
        }
        // a solver stopped by its limits may hold an answer worse than the heuristic's (CBC and SCIP may ignore the
        // hint): keep the better
        SitingSolution h = incumbent.solution();
        boolean mipBetter = mip != null && (result.status() == Status.OPTIMAL
                || (r.model() == SitingModel.MAXIMAL_COVERING ? mip.objective() > h.objective() : mip.objective() < h.objective()));
        if (mipBetter) {
            return mip;
        }
        return Evaluation.solution(in, r, h.sites(), h.assignment(), Status.FEASIBLE, bound, Method.EXACT, start,
                HEURISTIC + " (" + backend + (result.attempted() ? " found no better answer in time)" : " not run: " + result.note() + ")"));
    }

    private static int[] heuristic(SitingInstance in, SitingRequest r) {
        return switch (r.model()) {
            case MAXIMAL_COVERING -> GreedySwap.maximalCovering(in, r);
            case P_MEDIAN -> GreedySwap.pMedian(in, r, Evaluation.unservedSeconds(in, r));
            case SET_COVERING -> {
                boolean[] must = new boolean[in.demandPoints()];
                IntStream.range(0, must.length).forEach(d -> must[d] = in.weight(d) > 0);
                for (int d : Evaluation.uncoverable(in, r)) {
                    must[d] = false;
                }
                yield GreedySwap.setCovering(in, r, must);
            }
        };
    }

    private static void check(SitingInstance in, SitingRequest r) {
        int[] fixed = r.fixedSites();
        boolean[] seen = new boolean[in.sites()];
        for (int s : fixed) {
            if (s < 0 || s >= in.sites()) {
                throw new IllegalArgumentException("fixed site " + s + " outside 0.." + (in.sites() - 1));
            }
            if (seen[s]) {
                throw new IllegalArgumentException("fixed site " + s + " given twice");
            }
            seen[s] = true;
        }
        int free = in.sites() - fixed.length;
        if (r.model() != SitingModel.SET_COVERING && r.newSites() > free) {
            throw new IllegalArgumentException(r.newSites() + " new sites asked for, but only " + free + " candidates are not fixed");
        }
        if (r.model() == SitingModel.P_MEDIAN && !Double.isNaN(r.unservedSeconds()) && !(r.unservedSeconds() >= 0)) {
            throw new IllegalArgumentException("the unserved time must be >= 0, was " + r.unservedSeconds());
        }
    }
}
