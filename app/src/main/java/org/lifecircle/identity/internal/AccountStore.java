package org.lifecircle.identity.internal;

import org.lifecircle.shared.Paged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.lifecircle.identity.Account;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The app_user table. Usernames arrive here already normalised (lower case). */
@Repository
public class AccountStore {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredAccount> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = :username").param("username", username)
                .query(AccountStore::stored).optional();
    }

    public Optional<StoredAccount> findById(long id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(AccountStore::stored).optional();
    }

    /** Locks the row for a read-modify-write of the failure count. */
    public Optional<StoredAccount> findByIdForUpdate(long id) {
        return jdbc.sql("select * from app_user where id = :id for update").param("id", id)
                .query(AccountStore::stored).optional();
    }

    public long insert(NewAccount account, String username, String passwordHash) {
        return jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, community_id, center_id, care_station_id)
                values (:username, :hash, :displayName, :role, :community, :center, :station) returning id""")
                .param("username", username).param("hash", passwordHash)
                .param("displayName", account.displayName().strip()).param("role", account.role().name())
                .param("community", account.communityId()).param("center", account.centerId())
                .param("station", account.careStationId())
                .query(Long.class).single();
    }

    /** @param query part of the username or display name, case-insensitive; blank for all */
    public Paged<Account> page(String query, Paged.Request request) {
        String where = " where (:q = '' or username like :pattern escape '\\' or lower(display_name) like :pattern escape '\\')";
        String pattern = "%" + query.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long total = jdbc.sql("select count(*) from app_user" + where).param("q", query).param("pattern", pattern)
                .query(Long.class).single();
        List<Account> items = jdbc.sql("select * from app_user" + where + " order by username limit :limit offset :offset")
                .param("q", query).param("pattern", pattern)
                .param("limit", request.size()).param("offset", request.offset())
                .query((rs, row) -> stored(rs, row).account()).list();
        return new Paged<>(items, request.page(), request.size(), total);
    }

    public int revokeTokens(long userId) {
        return jdbc.sql("update api_token set revoked = true where user_id = :id and not revoked and expires_at > now()")
                .param("id", userId).update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = :enabled where id = :id").param("enabled", enabled).param("id", id).update();
    }

    /** A new password also lifts a lock: the administrator has just vouched for the user. */
    public void setPassword(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :hash, failed_logins = 0, locked_until = null where id = :id")
                .param("hash", passwordHash).param("id", id).update();
    }

    /** Only the hash, e.g. when the encoder upgrades it on a successful login. */
    public void replaceHash(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :hash where id = :id").param("hash", passwordHash).param("id", id).update();
    }

    public void setFailures(long id, int failedLogins, Instant lockedUntil) {
        jdbc.sql("update app_user set failed_logins = :failed, locked_until = :until where id = :id")
                .param("failed", failedLogins)
                .param("until", lockedUntil == null ? null : OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC))
                .param("id", id).update();
    }

    public static StoredAccount stored(ResultSet rs, int row) throws SQLException {
        Account account = new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getObject("community_id", Long.class),
                rs.getObject("center_id", Long.class), rs.getObject("care_station_id", Long.class), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                instant(rs, "locked_until"), instant(rs, "created_at"));
        return new StoredAccount(account, rs.getString("password_hash"));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
