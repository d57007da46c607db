package org.lifecircle.identity;

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
}
