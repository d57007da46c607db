package org.lifecircle.identity.security;

import org.lifecircle.identity.AccountDisabled;
import org.lifecircle.identity.PasswordReset;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the browser sessions of an account once it is disabled or its password reset (after the
 * change commits): its next request finds the session expired and goes back to the login page.
 */
@Component
class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AccountDisabled event) {
        expire(event.accountId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PasswordReset event) {
        expire(event.accountId());
    }

    private void expire(long accountId) {
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof AccountUser user && user.id() == accountId)
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
