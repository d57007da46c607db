package org.lifecircle.engine.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WalkingProfileTest {

    @Test
    void stepsTakeTheFactorLongerAndAreImpassableWithoutSteps() {
        assertThat(WalkingProfile.ADULT.seconds(12, false)).isEqualTo(10.0);
        assertThat(WalkingProfile.ADULT.seconds(12, true)).isEqualTo(20.0);
        assertThat(WalkingProfile.ADULT.withStepsTimeFactor(3).seconds(12, true)).isEqualTo(30.0);
        assertThat(WalkingProfile.WHEELCHAIR.seconds(12, true)).isInfinite();
        assertThat(WalkingProfile.WHEELCHAIR.seconds(6.7, false)).isEqualTo(10.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void copiesKeepEverySetting() {
        WalkingProfile p = WalkingProfile.ELDERLY.withStepsTimeFactor(2.5).withMetresPerSecond(0.8).withName("slow");
        assertThat(p).isEqualTo(new WalkingProfile("slow", 0.8, true, 2.5));
        assertThat(p.withStepsAllowed(false).stepsTimeFactor()).isEqualTo(2.5);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> WalkingProfile.ADULT.withStepsTimeFactor(0.5)).hasMessageContaining("steps time factor");
        assertThatThrownBy(() -> WalkingProfile.ADULT.withMetresPerSecond(0)).hasMessageContaining("walking speed");
        assertThatThrownBy(() -> WalkingProfile.ADULT.withStepsTimeFactor(Double.NaN)).hasMessageContaining("steps time factor");
    }
}
