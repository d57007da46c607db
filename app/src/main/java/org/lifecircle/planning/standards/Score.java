package org.lifecircle.planning.standards;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many of a place's requirements are met: "12/15 required services present". Rows the registry
 * cannot measure are counted apart, never as missing.
 */
public record Score(int requiredPresent, int requiredMeasured, int optionalPresent, int optionalMeasured,
                    int notMeasurable) {

    /** One judged requirement: what {@link #of} counts. */
    interface Judged {
        Requirement requirement();

        Verdict verdict();
    }

    static Score of(List<? extends Judged> checks) {
        int requiredPresent = 0;
        int requiredMeasured = 0;
        int optionalPresent = 0;
        int optionalMeasured = 0;
        int notMeasurable = 0;
        for (Judged c : checks) {
            boolean measured = c.verdict() == Verdict.PRESENT || c.verdict() == Verdict.MISSING;
            boolean present = c.verdict() == Verdict.PRESENT;
            notMeasurable += c.verdict() == Verdict.NOT_MEASURABLE ? 1 : 0;
            if (c.requirement().required()) {
                requiredMeasured += measured ? 1 : 0;
                requiredPresent += present ? 1 : 0;
            } else {
                optionalMeasured += measured ? 1 : 0;
                optionalPresent += present ? 1 : 0;
            }
        }
        return new Score(requiredPresent, requiredMeasured, optionalPresent, optionalMeasured, notMeasurable);
    }

    /** Every required service the registry can measure is present (and there is at least one). */
    public boolean meets() {
        return requiredMeasured > 0 && requiredPresent == requiredMeasured;
    }

    /** Share of the measurable required services present, 0–1; 0 when none can be measured. */
    @JsonProperty("share")
    public double share() {
        return requiredMeasured == 0 ? 0 : (double) requiredPresent / requiredMeasured;
    }
}
