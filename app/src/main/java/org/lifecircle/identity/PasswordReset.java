package org.lifecircle.identity;

/** An administrator set a new password for an account: sessions opened with the old one end. */
public record PasswordReset(long accountId, String username) {
}
