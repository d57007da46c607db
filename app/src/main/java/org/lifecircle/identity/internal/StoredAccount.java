package org.lifecircle.identity.internal;

import org.lifecircle.identity.Account;

/** An account row with its password hash: only the login machinery sees this. */
public record StoredAccount(Account account, String passwordHash) {
}
