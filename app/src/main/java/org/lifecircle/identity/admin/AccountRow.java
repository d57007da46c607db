package org.lifecircle.identity.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.lifecircle.identity.Account;

/** One line of the account list: the account, its scope's name and its times as the district reads them. */
record AccountRow(Account account, String scopeName, boolean locked, String lockedUntil, String createdAt) {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static AccountRow of(Account account, String scopeName, Instant now) {
        return new AccountRow(account, scopeName, account.lockedAt(now), format(account.lockedUntil(), MINUTES),
                format(account.createdAt(), MINUTES));
    }

    static String format(Instant instant) {
        return format(instant, SECONDS);
    }

    private static String format(Instant instant, DateTimeFormatter pattern) {
        return instant == null ? "" : pattern.format(instant.atZone(ZONE));
    }
}
