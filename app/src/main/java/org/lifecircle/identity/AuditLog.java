package org.lifecircle.identity;

import org.lifecircle.shared.Paged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The audit log of staff changes: who did what to which record, and when. Written in the same
 * transaction as the change it describes, so a rolled-back change leaves no entry.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param action     dotted name, module first: {@code atlas.facility.updated}
     * @param targetType what was changed, e.g. {@code facility}
     * @param targetId   its id, may be null for bulk actions
     * @param summary    one human-readable line, e.g. the name and what changed
     */
    public void record(Actor actor, String action, String targetType, Object targetId, String summary) {
        jdbc.sql("""
                insert into audit_event (actor, actor_role, action, target_type, target_id, summary)
                values (:actor, :role, :action, :targetType, :targetId, :summary)""")
                .param("actor", actor.username())
                .param("role", actor.role() == null ? null : actor.role().name())
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId == null ? null : targetId.toString())
                .param("summary", summary == null ? null : truncate(summary, 1000))
                .update();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * The log, newest first, for the audit page and for record histories.
     *
     * @param actor  exact username (case-insensitive), or null/blank for everyone
     * @param action an action or its dotted prefix ({@code identity.account}), or null/blank for all
     */
    public Paged<AuditEvent> search(String actor, String action, int page, int size) {
        Paged.Request request = new Paged.Request(page, size);
        int pageNo = request.page();
        int pageSize = request.size();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (actor != null && !actor.isBlank()) {
            conditions.add("lower(actor) = lower(:actor)");
            params.put("actor", actor.strip());
        }
        if (action != null && !action.isBlank()) {
            // a prefix stops at a dot boundary: "identity.account" matches identity.account.created
            conditions.add("(action = :action or action like :prefix escape '\\')");
            String exact = action.strip();
            params.put("action", exact);
            params.put("prefix", exact.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
        List<AuditEvent> items = jdbc.sql("select * from audit_event" + where
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params).param("limit", pageSize).param("offset", (long) pageNo * pageSize)
                .query(AuditLog::event).list();
        return new Paged<>(items, pageNo, pageSize, total);
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("actor_role");
        return new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), role == null ? null : Role.valueOf(role), rs.getString("action"),
                rs.getString("target_type"), rs.getString("target_id"), rs.getString("summary"));
    }
}
