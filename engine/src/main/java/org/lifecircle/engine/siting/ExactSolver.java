package org.lifecircle.engine.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.engine.OrTools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The models as mixed-integer programs for OR-Tools' linear solver (SCIP by default, see {@link Siting#create()}),
 * with the relative gap set to 0 so that OPTIMAL means proven optimal. Exact reductions first: demand covered by a
 * site open whatever the answer (fixed, or forced in by the Lagrangian reduction) leaves MCLP and LSCP, sites the
 * reduction ruled out get no cover, and demand points with the same covering sites become one row. p-median is
 * written in Elloumi's radius formulation (2010), in which no step beyond the nearest site open whatever the answer
 * (or the unserved time) is needed.
 *
 * <p>The capacity rule adds single-source assignment variables with closest-assignment rows (Rojeski and ReVelle
 * 1970): when a site is open, a demand point within its reach goes to it or to one at least as near.
 *
 * <p>Thread-safe: every call builds and frees its own solver.
 */
final class ExactSolver {

    /** Largest capacity model built (closest-assignment terms): beyond it the model is refused, not attempted. */
    static final long CAPACITY_MAX_TERMS = 3_000_000;

    private final String backend;

    ExactSolver(String backend) {
        this.backend = backend;
    }

    /**
     * What the solver ended with: the new sites chosen (null when it found none), assignment (capacity models), bound;
     * {@code attempted} false (with a {@code note}) when the model was too large to hand to the solver at all.
     */
    record Result(SitingSolution.Status status, int[] sites, int[] assignment, double bound, boolean attempted, String note) {

        Result(SitingSolution.Status status, int[] sites, int[] assignment, double bound) {
            this(status, sites, assignment, bound, true, null);
        }

        static Result notAttempted(String note) {
            return new Result(SitingSolution.Status.FEASIBLE, null, null, Double.NaN, false, note);
        }
    }

    /**
     * The most terms (nonzeros of the step rows) of an uncapacitated p-median model handed to the MIP solver. Larger
     * ones spend minutes in the solver's first linear programs, while the Lagrangian bound is within a fraction of a
     * percent already.
     */
    static final long P_MEDIAN_MAX_TERMS = 2_000_000;

    /**
     * @param hint      new sites of a known answer, or null
     * @param reduction sites the Lagrangian relaxation proved out of or into every better answer, or null
     */
    Result solve(SitingInstance in, SitingRequest r, int[] hint, LagrangianBound.Reduction reduction) {
        if (r.model() == SitingModel.P_MEDIAN && r.capacity() == null) {
            long terms = pMedianTerms(in, r, openWhatever(in, r, reduction),
                    reduction == null ? new boolean[in.sites()] : reduction.excluded());
            if (terms > P_MEDIAN_MAX_TERMS) {
                return Result.notAttempted(terms + " terms, more than " + P_MEDIAN_MAX_TERMS);
            }
        }
        OrTools.load();
        MPSolver solver = MPSolver.createSolver(backend);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + backend + " solver on this platform");
        }
        try {
            boolean[] excluded = reduction == null ? new boolean[in.sites()] : reduction.excluded();
            Model m = r.capacity() == null ? uncapacitated(solver, in, r, openWhatever(in, r, reduction), excluded)
                    : capacitated(solver, in, r);
            if (reduction != null) {
                for (int s = 0; s < in.sites(); s++) {
                    if (m.index[s] >= 0 && (excluded[s] || reduction.forced()[s])) {
                        double value = excluded[s] ? 0 : 1;
                        m.x[m.index[s]].setBounds(value, value);
                    }
                }
            }
            if (hint != null && m.x.length > 0) {
                double[] values = new double[m.x.length];
                for (int s : hint) {
                    if (m.index[s] >= 0) {
                        values[m.index[s]] = 1;
                    }
                }
                solver.setHint(m.x, values);
            }
            solver.setTimeLimit(r.timeLimit().toMillis());
            MPSolverParameters params = new MPSolverParameters();
            params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
            MPSolver.ResultStatus status = solver.solve(params);
            double bound = solver.objective().bestBound() + m.constant;
            return switch (status) {
                case OPTIMAL -> new Result(SitingSolution.Status.OPTIMAL, m.chosen(), m.assignment(in), bound);
                case FEASIBLE -> new Result(SitingSolution.Status.FEASIBLE, m.chosen(), m.assignment(in), bound);
                case INFEASIBLE -> new Result(SitingSolution.Status.INFEASIBLE, null, null, Double.NaN);
                case NOT_SOLVED -> new Result(SitingSolution.Status.FEASIBLE, null, null, bound); // time limit, no answer yet
                default -> throw new IllegalStateException(backend + " ended with " + status + " on " + r);
            };
        } finally {
            solver.delete();
        }
    }

    /** The variables of a built model and how to read the answer back. */
    private static final class Model {
        final int[] index;        // site -> position in x, -1 for fixed sites
        final int[] siteOf;       // position in x -> site
        final MPVariable[] x;
        double constant;          // objective part the reductions took out (weight covered by fixed sites)
        List<int[]> assignPairs;  // capacity models: (demand, site) of each assignment variable in y
        List<MPVariable> y;

        Model(SitingInstance in, SitingRequest r, MPSolver solver) {
            index = new int[in.sites()];
            Arrays.fill(index, 0);
            for (int s : r.fixedSites()) {
                index[s] = -1;
            }
            int count = 0;
            for (int s = 0; s < in.sites(); s++) {
                if (index[s] == 0) {
                    index[s] = count++;
                }
            }
            siteOf = new int[count];
            x = new MPVariable[count];
            for (int s = 0; s < in.sites(); s++) {
                if (index[s] >= 0) {
                    siteOf[index[s]] = s;
                    x[index[s]] = solver.makeBoolVar("x" + s);
                }
            }
        }

        int[] chosen() {
            return Arrays.stream(siteOf).filter(s -> x[index[s]].solutionValue() > 0.5).toArray();
        }

        int[] assignment(SitingInstance in) {
            if (y == null) {
                return null;
            }
            int[] a = new int[in.demandPoints()];
            Arrays.fill(a, -1);
            for (int i = 0; i < y.size(); i++) {
                if (y.get(i).solutionValue() > 0.5) {
                    a[assignPairs.get(i)[0]] = assignPairs.get(i)[1];
                }
            }
            return a;
        }
    }

    /** The terms {@link #uncapacitated} would write for p-median: a step row of j + 1 terms for a point's j-th candidate. */
    private static long pMedianTerms(SitingInstance in, SitingRequest r, boolean[] fixed, boolean[] excluded) {
        double unserved = Evaluation.unservedSeconds(in, r);
        long terms = 0;
        for (int d = 0; d < in.demandPoints(); d++) {
            if (in.weight(d) == 0) {
                continue;
            }
            double fallback = unserved;
            for (int k = in.demandStart(d); k < in.demandEnd(d); k++) {
                if (fixed[in.demandSite(k)]) {
                    fallback = Math.min(fallback, in.demandSeconds(k));
                    break;
                }
            }
            long candidates = 0;
            for (int k = in.demandStart(d); k < in.demandEnd(d) && in.demandSeconds(k) < fallback; k++) {
                candidates += excluded[in.demandSite(k)] ? 0 : 1;
            }
            terms += candidates * (candidates + 3) / 2;
        }
        return terms;
    }

    /**
     * @param fixed    sites open in every answer considered: the fixed ones and those the reduction forced in. Demand
     *                 one of them covers is covered (MCLP, LSCP); in p-median no pair farther than the nearest of them
     *                 needs a variable
     * @param excluded sites the reduction ruled out: no variable, no cover
     */
    private static Model uncapacitated(MPSolver solver, SitingInstance in, SitingRequest r, boolean[] fixed, boolean[] excluded) {
        Model m = new Model(in, r, solver);
        double inf = MPSolver.infinity();
        MPObjective objective = solver.objective();
        if (r.model() == SitingModel.P_MEDIAN) {
            double unserved = Evaluation.unservedSeconds(in, r);
            for (int d = 0; d < in.demandPoints(); d++) {
                if (in.demandStart(d) == in.demandEnd(d) || in.weight(d) == 0) {
                    continue;
                }
                double w = in.weight(d);
                double fallback = unserved; // the nearest site open whatever the answer, or unserved
                for (int k = in.demandStart(d); k < in.demandEnd(d); k++) {
                    if (fixed[in.demandSite(k)]) {
                        fallback = Math.min(fallback, in.demandSeconds(k));
                        break;
                    }
                }
                // Elloumi's radius formulation: the walk is the first candidate's time plus, for each step to the next
                // time, that step while no candidate up to it is open (z_j >= 1 - Σ x up to j); as strong as the
                // classic per-pair one (y <= x for every pair) and solved several times faster here
                double previous = -1;
                List<MPVariable> upTo = new ArrayList<>();
                for (int k = in.demandStart(d); k < in.demandEnd(d) && in.demandSeconds(k) < fallback; k++) {
                    int s = in.demandSite(k);
                    if (excluded[s]) {
                        continue;
                    }
                    double t = in.demandSeconds(k);
                    if (previous < 0) {
                        m.constant += w * t; // nobody walks less than to the nearest candidate
                    } else if (t > previous) {
                        addStep(solver, objective, upTo, w * (t - previous));
                    }
                    upTo.add(m.x[m.index[s]]);
                    previous = t;
                }
                if (previous < 0) {
                    m.constant += w * fallback;
                } else {
                    addStep(solver, objective, upTo, w * (fallback - previous));
                }
            }
            limitNewSites(solver, m, r.newSites());
            objective.setMinimization();
            return m;
        }
        // MCLP and LSCP: one row per distinct set of covering new sites
        Map<IntList, Double> rows = new HashMap<>();
        for (int d = 0; d < in.demandPoints(); d++) {
            if (in.weight(d) == 0) {
                continue;
            }
            List<Integer> cover = new ArrayList<>();
            boolean byFixed = false;
            for (int k = in.demandStart(d); k < in.demandEnd(d) && in.demandSeconds(k) <= r.thresholdSeconds(); k++) {
                int s = in.demandSite(k);
                byFixed |= fixed[s];
                if (!fixed[s] && !excluded[s]) {
                    cover.add(m.index[s]);
                }
            }
            if (byFixed) {
                m.constant += r.model() == SitingModel.MAXIMAL_COVERING ? in.weight(d) : 0;
            } else if (!cover.isEmpty()) {
                rows.merge(new IntList(cover), in.weight(d), Double::sum);
            }
        }
        for (Map.Entry<IntList, Double> row : rows.entrySet()) {
            MPConstraint c;
            if (r.model() == SitingModel.MAXIMAL_COVERING) {
                MPVariable covered = solver.makeNumVar(0, 1, "");
                objective.setCoefficient(covered, row.getValue());
                c = solver.makeConstraint(-inf, 0);
                c.setCoefficient(covered, 1);
                for (int j : row.getKey().values) {
                    c.setCoefficient(m.x[j], -1);
                }
            } else {
                c = solver.makeConstraint(1, inf);
                for (int j : row.getKey().values) {
                    c.setCoefficient(m.x[j], 1);
                }
            }
        }
        if (r.model() == SitingModel.MAXIMAL_COVERING) {
            limitNewSites(solver, m, r.newSites());
            objective.setMaximization();
        } else {
            for (MPVariable v : m.x) {
                objective.setCoefficient(v, 1);
            }
            objective.setMinimization();
        }
        return m;
    }

    private static Model capacitated(MPSolver solver, SitingInstance in, SitingRequest r) {
        double reach = Evaluation.reach(r);
        long terms = 0;
        for (int d = 0; d < in.demandPoints(); d++) {
            long n = 0;
            for (int k = in.demandStart(d); k < in.demandEnd(d) && in.demandSeconds(k) <= reach; k++) {
                n++;
            }
            terms += n * (n + 1) / 2;
        }
        if (terms > CAPACITY_MAX_TERMS) {
            throw new IllegalArgumentException("the capacity rule needs " + terms + " closest-assignment terms, more than "
                    + CAPACITY_MAX_TERMS + ": use fewer candidate sites or demand points");
        }
        Model m = new Model(in, r, solver);
        m.assignPairs = new ArrayList<>();
        m.y = new ArrayList<>();
        double inf = MPSolver.infinity();
        boolean[] fixed = fixedMask(in, r);
        Capacity cap = r.capacity();
        MPObjective objective = solver.objective();
        // served weight: fixed Σ w y <= max; new max·x - Σ w y >= 0 and Σ w y - min·x >= 0
        MPConstraint[] upper = new MPConstraint[in.sites()];
        MPConstraint[] lower = new MPConstraint[in.sites()];
        for (int s = 0; s < in.sites(); s++) {
            if (fixed[s]) {
                upper[s] = solver.makeConstraint(-inf, cap.max());
            } else {
                upper[s] = solver.makeConstraint(0, inf);
                upper[s].setCoefficient(m.x[m.index[s]], cap.max());
                lower[s] = solver.makeConstraint(0, inf);
                lower[s].setCoefficient(m.x[m.index[s]], -cap.min());
            }
        }
        double unserved = r.model() == SitingModel.P_MEDIAN ? Evaluation.unservedSeconds(in, r) : 0;
        for (int d = 0; d < in.demandPoints(); d++) {
            double w = in.weight(d);
            int from = in.demandStart(d);
            int to = from;
            while (to < in.demandEnd(d) && in.demandSeconds(to) <= reach) {
                to++;
            }
            if (w == 0 || to == from) {
                continue;
            }
            MPConstraint assign = r.model() == SitingModel.MAXIMAL_COVERING ? solver.makeConstraint(-inf, 1)
                    : solver.makeConstraint(1, 1);
            if (r.model() == SitingModel.P_MEDIAN) {
                MPVariable none = solver.makeNumVar(0, 1, "");
                assign.setCoefficient(none, 1);
                objective.setCoefficient(none, w * unserved);
            }
            MPVariable[] ys = new MPVariable[to - from];
            for (int k = from; k < to; k++) {
                int s = in.demandSite(k);
                MPVariable y = solver.makeBoolVar("");
                ys[k - from] = y;
                m.y.add(y);
                m.assignPairs.add(new int[] {d, s});
                assign.setCoefficient(y, 1);
                if (fixed[s]) {
                    upper[s].setCoefficient(y, w);
                } else {
                    upper[s].setCoefficient(y, -w);
                    lower[s].setCoefficient(y, w);
                    MPConstraint open = solver.makeConstraint(-inf, 0);
                    open.setCoefficient(y, 1);
                    open.setCoefficient(m.x[m.index[s]], -1);
                }
                switch (r.model()) {
                    case MAXIMAL_COVERING -> objective.setCoefficient(y, w);
                    case P_MEDIAN -> objective.setCoefficient(y, w * in.demandSeconds(k));
                    case SET_COVERING -> { }
                }
            }
            // closest assignment: site k open => d goes to a site no farther than k
            for (int k = from; k < to; k++) {
                int s = in.demandSite(k);
                MPConstraint closest = fixed[s] ? solver.makeConstraint(1, inf) : solver.makeConstraint(0, inf);
                if (!fixed[s]) {
                    closest.setCoefficient(m.x[m.index[s]], -1);
                }
                for (int j = from; j < to && in.demandSeconds(j) <= in.demandSeconds(k); j++) {
                    closest.setCoefficient(ys[j - from], 1);
                }
            }
        }
        if (r.model() == SitingModel.SET_COVERING) {
            for (MPVariable v : m.x) {
                objective.setCoefficient(v, 1);
            }
            objective.setMinimization();
        } else {
            limitNewSites(solver, m, r.newSites());
            if (r.model() == SitingModel.MAXIMAL_COVERING) {
                objective.setMaximization();
            } else {
                objective.setMinimization();
            }
        }
        return m;
    }

    private static void limitNewSites(MPSolver solver, Model m, int k) {
        MPConstraint count = solver.makeConstraint(0, k);
        for (MPVariable v : m.x) {
            count.setCoefficient(v, 1);
        }
    }

    /** One step of the radius formulation: {@code cost} × z, with z >= 1 - Σ {@code upTo}. */
    private static void addStep(MPSolver solver, MPObjective objective, List<MPVariable> upTo, double cost) {
        MPVariable z = solver.makeNumVar(0, 1, "");
        objective.setCoefficient(z, cost);
        MPConstraint c = solver.makeConstraint(1, MPSolver.infinity());
        c.setCoefficient(z, 1);
        for (MPVariable x : upTo) {
            c.setCoefficient(x, 1);
        }
    }

    /** The fixed sites and those the reduction forced into every better answer. */
    private static boolean[] openWhatever(SitingInstance in, SitingRequest r, LagrangianBound.Reduction reduction) {
        boolean[] open = fixedMask(in, r);
        if (reduction != null) {
            for (int s = 0; s < open.length; s++) {
                open[s] |= reduction.forced()[s];
            }
        }
        return open;
    }

    private static boolean[] fixedMask(SitingInstance in, SitingRequest r) {
        boolean[] fixed = new boolean[in.sites()];
        for (int s : r.fixedSites()) {
            fixed[s] = true;
        }
        return fixed;
    }

    /** An int list usable as a map key. */
    private record IntList(int[] values) {
        IntList(List<Integer> list) {
            this(list.stream().mapToInt(Integer::intValue).sorted().toArray());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IntList other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
