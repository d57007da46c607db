package org.lifecircle.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.lifecircle.identity.AuditLog;
import org.lifecircle.identity.internal.AccountStore;
import org.lifecircle.identity.internal.StoredAccount;
import org.lifecircle.identity.internal.TokenProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens: 32 random bytes, URL-safe Base64, shown once; only their SHA-256 is stored, so a
 * copy of the database cannot be replayed. A token dies when it expires, is revoked, or its account
 * is disabled.
 */
@Service
class ApiTokens {

    /** last_used_at is a hint for administrators, not a log: one write a minute per token is plenty. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TokenProperties properties;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, TokenProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
    }

    record Issued(long id, String token, Instant expiresAt) {
    }

    @Transactional
    Issued issue(AccountUser user, String label) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = Instant.now().plus(properties.expiry());
        long id = jdbc.sql("""
                insert into api_token (user_id, token_hash, label, expires_at)
                values (:user, :hash, :label, :expires) returning id""")
                .param("user", user.id()).param("hash", sha256(token)).param("label", label)
                .param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .query(Long.class).single();
        audit.record(user.actor(), "identity.token.issued", "api_token", id, user.getUsername() + ": " + label);
        return new Issued(id, token, expiresAt);
    }

    /** The account behind a live token, or empty when it is unknown, expired, revoked or disabled. */
    Optional<BearerTokenAuthentication> authenticate(String token) {
        Optional<Live> live = jdbc.sql("""
                select t.id as token_id, t.last_used_at, u.* from api_token t join app_user u on u.id = t.user_id
                where t.token_hash = :hash and not t.revoked and t.expires_at > now() and u.enabled""")
                .param("hash", sha256(token))
                .query((rs, row) -> new Live(rs.getLong("token_id"), AccountStore.instant(rs, "last_used_at"),
                        AccountStore.stored(rs, row)))
                .optional();
        live.filter(t -> t.lastUsed() == null || t.lastUsed().isBefore(Instant.now().minus(TOUCH_INTERVAL)))
                .ifPresent(t -> touch(t.tokenId()));
        return live.map(t -> new BearerTokenAuthentication(new AccountUser(t.account().account(), null), t.tokenId()));
    }

    private record Live(long tokenId, Instant lastUsed, StoredAccount account) {
    }

    private void touch(long tokenId) {
        jdbc.sql("update api_token set last_used_at = now() where id = :id").param("id", tokenId).update();
    }

    @Transactional
    boolean revoke(BearerTokenAuthentication authentication) {
        int changed = jdbc.sql("update api_token set revoked = true where id = :id and not revoked")
                .param("id", authentication.tokenId()).update();
        if (changed > 0) {
            audit.record(authentication.getPrincipal().actor(), "identity.token.revoked", "api_token",
                    authentication.tokenId(), authentication.getName());
        }
        return changed > 0;
    }

    static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
