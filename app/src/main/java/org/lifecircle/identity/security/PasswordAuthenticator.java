package org.lifecircle.identity.security;

import java.time.Instant;

import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.identity.internal.AccountStore;
import org.lifecircle.identity.internal.LockoutProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password for the login form and for token issuing, with the lockout.
 * Order matters: a locked account is refused before its password is checked (otherwise the lock
 * would still answer guesses); a disabled account is only reported once the password is right,
 * and an unknown user gets the same answer, after the same bcrypt work, as a wrong password.
 */
@Component
class PasswordAuthenticator {

    private final AccountUserDetailsService users;
    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final LockoutProperties lockout;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final String dummyHash;

    PasswordAuthenticator(AccountUserDetailsService users, AccountStore store, PasswordEncoder passwords,
                          LockoutProperties lockout, AuditLog audit, TransactionTemplate transaction) {
        this.users = users;
        this.store = store;
        this.passwords = passwords;
        this.lockout = lockout;
        this.audit = audit;
        this.transaction = transaction;
        this.dummyHash = passwords.encode("not-a-password-of-anyone");
    }

    /** For the login form (not a bean, so Spring Security's own user-details wiring stays quiet). */
    AuthenticationProvider asProvider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication request) {
                String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
                AccountUser user = check(request.getName(), password);
                UsernamePasswordAuthenticationToken result =
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
                result.setDetails(request.getDetails());
                return result;
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    /** The user if the password is right; else BadCredentials, AccountLocked or Disabled. */
    AccountUser check(String username, String password) {
        AccountUser user;
        try {
            user = users.loadUserByUsername(username == null ? "" : username);
        } catch (UsernameNotFoundException e) {
            passwords.matches(password, dummyHash);
            throw new BadCredentialsException("bad credentials");
        }
        if (!user.isAccountNonLocked()) {
            throw new AccountLockedException(user.lockedUntil());
        }
        if (!passwords.matches(password, user.getPassword())) {
            Instant lockedUntil = recordFailure(user.id());
            if (lockedUntil != null) {
                throw new AccountLockedException(lockedUntil);
            }
            throw new BadCredentialsException("bad credentials");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("account disabled");
        }
        if (user.failedLogins() > 0) {
            store.setFailures(user.id(), 0, null);
        }
        if (passwords.upgradeEncoding(user.getPassword())) {
            store.replaceHash(user.id(), passwords.encode(password));
        }
        user.eraseCredentials();
        return user;
    }

    /** Counts the failure under a row lock, so parallel guesses cannot slip past the limit. */
    private Instant recordFailure(long userId) {
        return transaction.execute(status -> store.findByIdForUpdate(userId).map(stored -> {
            Instant now = Instant.now();
            if (stored.account().lockedAt(now)) {
                return stored.account().lockedUntil();    // a parallel attempt locked it meanwhile
            }
            LockoutProperties.Outcome outcome = lockout.afterFailure(stored.account().failedLogins(), now);
            store.setFailures(userId, outcome.failedLogins(), outcome.lockedUntil());
            if (outcome.locked()) {
                audit.record(Actor.SYSTEM, "identity.account.locked", "account", userId,
                        stored.account().username() + " locked until " + outcome.lockedUntil() + " after "
                                + lockout.maxFailures() + " failed logins");
            }
            return outcome.lockedUntil();
        }).orElse(null));
    }
}
