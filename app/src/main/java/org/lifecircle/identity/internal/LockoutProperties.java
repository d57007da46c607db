package org.lifecircle.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password guessing: after {@code maxFailures} consecutive failed logins (form or token issuing)
 * the account is locked for {@code duration}. A success resets the count; so does the lock, so
 * that after it runs out the user gets {@code maxFailures} fresh tries.
 */
@ConfigurationProperties("lifecircle.security.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {

    public LockoutProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("lifecircle.security.lockout.max-failures must be at least 1, was " + maxFailures);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lifecircle.security.lockout.duration must be positive, was " + duration);
        }
    }

    /** What one more failure does to an account that had {@code failedSoFar} before it. */
    public Outcome afterFailure(int failedSoFar, Instant now) {
        int failures = failedSoFar + 1;
        return failures >= maxFailures ? new Outcome(0, now.plus(duration)) : new Outcome(failures, null);
    }

    /** The new failure count, and the end of the lock when this failure locked the account. */
    public record Outcome(int failedLogins, Instant lockedUntil) {

        public boolean locked() {
            return lockedUntil != null;
        }
    }
}
