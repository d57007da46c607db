package org.lifecircle.care.elder;

import java.util.List;
import java.util.function.Function;

import org.lifecircle.care.PhoneNumber;
import org.lifecircle.care.privacy.Binding;
import org.lifecircle.care.privacy.BlindIndex;
import org.lifecircle.care.privacy.FieldCipher;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second half of a key rotation (docs/CARE.md, "Keys"): after the new key is configured and the old one moved to
 * the retired keys, {@link #reencrypt} rewrites every value still under an old key with the current one, and
 * {@link #rebuildIndexes} recomputes every blind index with the configured index key. Once both have run the old key
 * can be removed from the configuration. Each runs in one transaction: all rows or none.
 */
@Service
public class KeyRotation {

    /** An encrypted column, with how to recompute the blind indexes that go with it (null: none). */
    private record Column(String table, String column, Function<String, List<String[]>> indexes) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final AuditLog audit;
    private final List<Column> columns;

    KeyRotation(JdbcClient jdbc, FieldCipher cipher, BlindIndex index, AuditLog audit) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
        this.audit = audit;
        this.columns = List.of(
                new Column("elder", "id_number", this::idNumberIndexes),
                new Column("elder", "phone", this::phoneIndexes),
                new Column("elder", "address", null),
                new Column("elder", "health_notes", null),
                new Column("elder_contact", "phone", this::phoneIndexes));
    }

    public record Result(int values) {
    }

    /** Rewrites every value written under a retired key with the current key. */
    @Transactional
    public Result reencrypt(Actor actor) {
        requireAdmin(actor);
        int changed = 0;
        for (Column c : columns) {
            for (Stored stored : stored(c)) {
                if (cipher.isStale(stored.value)) {
                    Binding binding = new Binding(c.table, c.column, stored.id);
                    update(c, c.column + "_enc", cipher.encrypt(cipher.decrypt(stored.value, binding), binding), stored.id);
                    changed++;
                }
            }
        }
        audit.record(actor, "care.keys.reencrypted", "care_keys", null, changed + " values rewritten with the current key");
        return new Result(changed);
    }

    /** Recomputes every blind index with the configured index key ({@code lifecircle.care.index-key-id}). */
    @Transactional
    public Result rebuildIndexes(Actor actor) {
        requireAdmin(actor);
        int changed = 0;
        for (Column c : columns) {
            if (c.indexes == null) {
                continue;
            }
            for (Stored stored : stored(c)) {
                String plain = cipher.decrypt(stored.value, new Binding(c.table, c.column, stored.id));
                for (String[] column : c.indexes.apply(plain)) {
                    update(c, column[0], column[1], stored.id);
                }
                changed++;
            }
        }
        audit.record(actor, "care.keys.indexesRebuilt", "care_keys", null, changed + " values re-indexed");
        return new Result(changed);
    }

    private List<String[]> idNumberIndexes(String number) {
        return List.<String[]>of(new String[] {"id_number_index", index.of(BlindIndex.Kind.ID_NUMBER, IdCardNumber.normalise(number))});
    }

    private List<String[]> phoneIndexes(String phone) {
        return List.of(new String[] {"phone_index", index.of(BlindIndex.Kind.PHONE, phone)},
                new String[] {"phone_last4_index", index.of(BlindIndex.Kind.PHONE_LAST4, PhoneNumber.lastFour(phone))});
    }

    private record Stored(long id, String value) {
    }

    private List<Stored> stored(Column c) {
        // table and column names come from the fixed list above, never from input
        return jdbc.sql("select id, " + c.column + "_enc as value from " + c.table + " where " + c.column
                        + "_enc is not null order by id for update")
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("value"))).list();
    }

    private void update(Column c, String column, String value, long id) {
        jdbc.sql("update " + c.table + " set " + column + " = :value where id = :id").param("value", value).param("id", id).update();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("key rotation is for district administrators");
        }
    }
}
