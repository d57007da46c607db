package org.lifecircle.identity.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Refused because of too many failed logins; says until when, so the user can be told. */
class AccountLockedException extends LockedException {

    private final Instant lockedUntil;

    AccountLockedException(Instant lockedUntil) {
        super("account locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
