package org.lifecircle.engine.siting;

/**
 * Receives how far a siting run has come, phase by phase. Called from the solving thread; must be quick.
 */
@FunctionalInterface
public interface SitingProgress {

    /** The steps of a run, in order; a run skips those it does not need. */
    enum Phase {
        /** Walking times between candidate sites and demand points (the caller's, through {@code PairTimes}). */
        MATRIX,
        /** Greedy construction and swaps. */
        HEURISTIC,
        /** The Lagrangian bound of a heuristic answer. */
        BOUND,
        /** OR-Tools' MIP solver at work (it reports no fraction: 0 at its start). */
        EXACT,
        /** Finished. */
        DONE
    }

    /** Ignores every report. */
    SitingProgress NONE = (phase, fraction) -> { };

    /** @param fraction of the phase done, 0..1 */
    void report(Phase phase, double fraction);
}
