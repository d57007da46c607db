package org.lifecircle.identity;

import java.time.Instant;

/**
 * An account as other modules and the admin pages see it: never its password hash.
 *
 * @param lockedUntil set while the account is locked after too many failed logins, else null
 *                    (a past instant means the lock has run out)
 */
public record Account(long id, String username, String displayName, Role role, Long communityId, Long centerId,
                      Long careStationId, boolean enabled, int failedLogins, Instant lockedUntil, Instant createdAt) {

    public Actor actor() {
        return new Actor(username, role, communityId, centerId, careStationId);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
