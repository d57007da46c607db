package org.lifecircle.care.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class VisitTest {

    private static final Instant WINDOW_END = Instant.parse("2026-12-07T02:00:00Z");

    /** Rounded up, so a check-in half a minute after the window is late on the phone page as in the reports. */
    @Test
    void lateMinutesCountAnyCheckInAfterTheWindow() {
        assertThat(Visit.lateMinutes(WINDOW_END, WINDOW_END.minusSeconds(600))).isZero();
        assertThat(Visit.lateMinutes(WINDOW_END, WINDOW_END)).isZero();
        assertThat(Visit.lateMinutes(WINDOW_END, WINDOW_END.plusSeconds(30))).isEqualTo(1);
        assertThat(Visit.lateMinutes(WINDOW_END, WINDOW_END.plusSeconds(60))).isEqualTo(1);
        assertThat(Visit.lateMinutes(WINDOW_END, WINDOW_END.plusSeconds(61))).isEqualTo(2);
    }
}
