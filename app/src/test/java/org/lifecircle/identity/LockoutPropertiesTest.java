package org.lifecircle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lifecircle.identity.internal.LockoutProperties;

class LockoutPropertiesTest {

    private final LockoutProperties lockout = new LockoutProperties(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void countsFailuresUpToTheLimitThenLocksAndStartsAgain() {
        int failures = 0;
        for (int i = 1; i <= 4; i++) {
            LockoutProperties.Outcome outcome = lockout.afterFailure(failures, now);
            assertThat(outcome.locked()).isFalse();
            assertThat(outcome.failedLogins()).isEqualTo(i);
            failures = outcome.failedLogins();
        }
        LockoutProperties.Outcome fifth = lockout.afterFailure(failures, now);
        assertThat(fifth.locked()).isTrue();
        assertThat(fifth.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(fifth.failedLogins()).isZero();
    }

    @Test
    void oneFailureLocksWhenTheLimitIsOne() {
        assertThat(new LockoutProperties(1, Duration.ofMinutes(1)).afterFailure(0, now).locked()).isTrue();
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> new LockoutProperties(0, Duration.ofMinutes(1)))
                .hasMessageContaining("max-failures");
        assertThatThrownBy(() -> new LockoutProperties(5, Duration.ZERO)).hasMessageContaining("duration");
    }
}
