package org.lifecircle.directory.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The public form's flood guard: so many an hour per address, a sliding window, other addresses unaffected. */
class ProposalRateLimitTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void allowsTheLimitPerHourThenRefusesUntilTheOldestIsAnHourOld() {
        ManualClock clock = new ManualClock();
        ProposalRateLimit limit = new ProposalRateLimit(3, clock);
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2")).as("another address").isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(50)); // the first is an hour old now
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
    }
}
