package org.lifecircle.planning.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lifecircle.atlas.ServiceClass;

/** The rules compliance is judged by: present or missing, the community threshold, the composition's differences. */
class ComplianceRulesTest {

    static Requirement row(List<String> codes, int minutes, boolean required) {
        return new Requirement(1, StandardTier.CIRCLE_5, "便利店", "Convenience store", codes, required, minutes, null,
                "MOFCOM 2021", Confidence.V, null, 10, true, 1, "system", null);
    }

    static final Requirement FIVE_MINUTES = row(List.of("convenience_store"), 5, true);
    static final Requirement UNMEASURABLE = row(List.of(), 5, true);

    @Test
    void aCenterHasARequirementWithinItsMinutesTheLimitIncluded() {
        assertThat(ComplianceRules.atCenter(FIVE_MINUTES, 0)).isEqualTo(Verdict.PRESENT);
        assertThat(ComplianceRules.atCenter(FIVE_MINUTES, 300)).isEqualTo(Verdict.PRESENT);
        assertThat(ComplianceRules.atCenter(FIVE_MINUTES, 300.5)).isEqualTo(Verdict.MISSING);
        assertThat(ComplianceRules.atCenter(FIVE_MINUTES, Double.POSITIVE_INFINITY)).isEqualTo(Verdict.MISSING);
    }

    @Test
    void aRowWithoutCodesIsNeverMissingOnlyNotMeasurable() {
        assertThat(ComplianceRules.atCenter(UNMEASURABLE, 0)).isEqualTo(Verdict.NOT_MEASURABLE);
        assertThat(ComplianceRules.inCommunity(UNMEASURABLE, 1000, 1000, 0.5)).isEqualTo(Verdict.NOT_MEASURABLE);
    }

    @Test
    void aCommunityHasARequirementWhenTheCoveredShareReachesTheThreshold() {
        assertThat(ComplianceRules.inCommunity(FIVE_MINUTES, 1000, 500, 0.5)).isEqualTo(Verdict.PRESENT);
        assertThat(ComplianceRules.inCommunity(FIVE_MINUTES, 1000, 499, 0.5)).isEqualTo(Verdict.MISSING);
        assertThat(ComplianceRules.inCommunity(FIVE_MINUTES, 1000, 0, 0.5)).isEqualTo(Verdict.MISSING);
        assertThat(ComplianceRules.inCommunity(FIVE_MINUTES, 1000, 800, 0.85)).isEqualTo(Verdict.MISSING);
        assertThat(ComplianceRules.inCommunity(FIVE_MINUTES, 0, 0, 0.5)).isEqualTo(Verdict.NO_RESIDENTS);
    }

    @Test
    void theNearestCandidateIsTheQuickestReachedOne() {
        double[] seconds = {50, Double.POSITIVE_INFINITY, 20, 10};
        assertThat(ComplianceRules.nearest(new int[]{0, 1, 2}, seconds)).isEqualTo(2);
        assertThat(ComplianceRules.nearest(new int[]{1}, seconds)).isEqualTo(-1);
        assertThat(ComplianceRules.nearest(new int[]{}, seconds)).isEqualTo(-1);
    }

    @Test
    void theScoreCountsRequiredAndOptionalApartAndLeavesUnmeasurableRowsOut() {
        Requirement optional = row(List.of("canteen"), 5, false);
        List<CenterCheck> checks = List.of(
                new CenterCheck(FIVE_MINUTES, Verdict.PRESENT, 1L, "店", 2.0, false),
                new CenterCheck(FIVE_MINUTES, Verdict.MISSING, null, null, null, false),
                new CenterCheck(UNMEASURABLE, Verdict.NOT_MEASURABLE, null, null, null, false),
                new CenterCheck(optional, Verdict.PRESENT, 2L, "食堂", 1.0, false));
        Score score = Score.of(checks);
        assertThat(score).isEqualTo(new Score(1, 2, 1, 1, 1));
        assertThat(score.meets()).isFalse();
        assertThat(score.share()).isEqualTo(0.5);
        assertThat(Score.of(checks.subList(0, 1)).meets()).isTrue();
        assertThat(Score.of(checks.subList(2, 3)).meets()).as("nothing measurable: nothing met").isFalse();
    }

    static final List<CompositionShare> SEED_STANDARD = List.of(
            new CompositionShare(ServiceClass.GOVERNMENT, new BigDecimal("1000"), "Seed 001", Confidence.V, null, "system", null),
            new CompositionShare(ServiceClass.SOCIAL, new BigDecimal("6000"), "Seed 001", Confidence.V, null, "system", null),
            new CompositionShare(ServiceClass.DAILY_LIFE, new BigDecimal("5000"), "Seed 001", Confidence.V, null, "system", null));

    @Test
    void compositionDifferencesAreInSquareMetresAndPercentOfTheStandard() {
        Composition c = ComplianceRules.composition(SEED_STANDARD,
                Map.of(ServiceClass.GOVERNMENT, new BigDecimal("800"), ServiceClass.SOCIAL, new BigDecimal("7500")),
                new BigDecimal("21000"));
        Composition.Row government = c.classes().get(0);
        assertThat(government.differenceM2()).isEqualByComparingTo("-200");
        assertThat(government.differencePercent()).isEqualTo(-20.0);
        Composition.Row social = c.classes().get(1);
        assertThat(social.differenceM2()).isEqualByComparingTo("1500");
        assertThat(social.differencePercent()).isEqualTo(25.0);
        assertThat(c.total().standardM2()).isEqualByComparingTo("12000");
        assertThat(c.total().differenceM2()).isEqualByComparingTo("9000");
        assertThat(c.total().differencePercent()).isEqualTo(75.0);
        // one scale for every bar: the largest figure, here the recorded total
        assertThat(c.total().recordedWidth()).isEqualTo(100.0);
        assertThat(c.total().standardWidth()).isEqualTo(57.1);
    }

    @Test
    void aFigureNotRecordedIsUnknownNeverZero() {
        Composition c = ComplianceRules.composition(SEED_STANDARD, Map.of(ServiceClass.GOVERNMENT, new BigDecimal("1000")), null);
        Composition.Row daily = c.classes().get(2);
        assertThat(daily.known()).isFalse();
        assertThat(daily.recordedM2()).isNull();
        assertThat(daily.differenceM2()).isNull();
        assertThat(daily.differencePercent()).isNull();
        assertThat(daily.recordedWidth()).isZero();
        assertThat(c.total().known()).isFalse();
        Composition.Row government = c.classes().get(0);
        assertThat(government.differenceM2()).isEqualByComparingTo("0");
        assertThat(government.differencePercent()).isEqualTo(0.0);
    }
}
