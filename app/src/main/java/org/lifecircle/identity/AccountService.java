package org.lifecircle.identity;

import org.lifecircle.shared.Paged;
import org.lifecircle.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lifecircle.identity.internal.AccountStore;
import org.lifecircle.identity.internal.StoredAccount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Accounts: create, enable or disable, reset a password, list. Only district administrators
 * (and {@link Actor#SYSTEM}) change accounts; every change is written to the {@link AuditLog}
 * in the same transaction.
 */
@Service
public class AccountService {

    /** 3 to 64 characters: letters, digits, dot, underscore, hyphen; starting with a letter or digit. */
    public static final Pattern USERNAME = AccountRules.USERNAME;
    public static final int MIN_PASSWORD = AccountRules.MIN_PASSWORD;
    /** bcrypt reads at most 72 bytes of a password. */
    public static final int MAX_PASSWORD_BYTES = AccountRules.MAX_PASSWORD_BYTES;

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final AccountRules rules;
    private final ApplicationEventPublisher events;

    AccountService(AccountStore store, PasswordEncoder passwords, AuditLog audit, ObjectProvider<ScopeDirectory> directory,
                   ObjectProvider<CareStationDirectory> stations, ApplicationEventPublisher events) {
        this.store = store;
        this.passwords = passwords;
        this.audit = audit;
        this.rules = new AccountRules(directory, stations);
        this.events = events;
    }

    /** Usernames are case-insensitive: stored and looked up in lower case. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public Account create(Actor by, NewAccount request) {
        requireAdmin(by);
        List<InvalidInputException.FieldProblem> problems = rules.validate(request);
        String username = normalize(request.username());
        if (problems.stream().noneMatch(p -> p.field().equals("username")) && store.findByUsername(username).isPresent()) {
            problems.add(0, new InvalidInputException.FieldProblem("username", "identity.account.username.taken", username));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id;
        try {
            id = store.insert(request, username, passwords.encode(request.password()));
        } catch (DuplicateKeyException e) {
            // someone created the same username between our check and the insert
            throw new InvalidInputException("username", "identity.account.username.taken", username);
        }
        Account account = get(id);
        audit.record(by, "identity.account.created", "account", id, describe(account));
        return account;
    }

    /** For loaders: creates the account when the username is missing, else returns it unchanged. */
    @Transactional
    public Account ensureAccount(Actor by, NewAccount request) {
        requireAdmin(by);
        return find(request.username()).orElseGet(() -> create(by, request));
    }

    @Transactional
    public Account setEnabled(Actor by, long id, boolean enabled) {
        requireAdmin(by);
        Account account = get(id);
        if (!enabled && account.username().equals(by.username())) {
            throw new InvalidInputException("enabled", "identity.account.disableSelf");
        }
        if (account.enabled() != enabled) {
            store.setEnabled(id, enabled);
            audit.record(by, enabled ? "identity.account.enabled" : "identity.account.disabled", "account", id,
                    account.username());
            if (!enabled) {
                events.publishEvent(new AccountDisabled(id, account.username()));
            }
        }
        return get(id);
    }

    /** Sets a new password; also lifts a lock, since an administrator has vouched for the user. */
    @Transactional
    public void resetPassword(Actor by, long id, String newPassword) {
        requireAdmin(by);
        Account account = get(id);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        AccountRules.checkPassword(newPassword, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.setPassword(id, passwords.encode(newPassword));
        audit.record(by, "identity.account.passwordReset", "account", id, account.username());
        events.publishEvent(new PasswordReset(id, account.username()));
    }

    @Transactional
    public Account unlock(Actor by, long id) {
        requireAdmin(by);
        Account account = get(id);
        store.setFailures(id, 0, null);
        audit.record(by, "identity.account.unlocked", "account", id, account.username());
        return get(id);
    }

    @Transactional(readOnly = true)
    public Paged<Account> list(Actor by, int page, int size) {
        return list(by, null, page, size);
    }

    /** Accounts by username; {@code query} (may be null) matches part of the username or the name. */
    @Transactional(readOnly = true)
    public Paged<Account> list(Actor by, String query, int page, int size) {
        requireAdmin(by);
        return store.page(query == null ? "" : query.strip(), new Paged.Request(page, size));
    }

    /** Revokes every live bearer token of the account, e.g. when a terminal is lost; returns how many. */
    @Transactional
    public int revokeTokens(Actor by, long id) {
        requireAdmin(by);
        Account account = get(id);
        int revoked = store.revokeTokens(id);
        audit.record(by, "identity.account.tokensRevoked", "account", id, account.username() + ": " + revoked);
        return revoked;
    }

    public Optional<Account> find(String username) {
        return store.findByUsername(normalize(username)).map(StoredAccount::account);
    }

    /** The account with this id; a missing one is a 404. */
    public Account get(long id) {
        return store.findById(id).map(StoredAccount::account)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "account " + id));
    }

    private static void requireAdmin(Actor by) {
        if (by == null || !by.isAdmin()) {
            throw new AccessDeniedException("only district administrators manage accounts");
        }
    }

    private static String describe(Account account) {
        String scope = account.communityId() != null ? ", community " + account.communityId()
                : account.centerId() != null ? ", center " + account.centerId()
                : account.careStationId() != null ? ", care station " + account.careStationId() : "";
        return account.username() + " (" + account.displayName() + ", " + account.role() + scope + ")";
    }
}
