package org.lifecircle.care.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The log of unmasked reads (table {@code care_access_log}): written in the transaction that reads the data, so
 * no value leaves without its entry. Readable by the staff of the elder's community and district administrators.
 */
@Service
public class AccessLog {

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Actor actor, long elderId, String elderName, long communityId, Collection<SensitiveField> fields,
                       Access access) {
        jdbc.sql("""
                insert into care_access_log (actor, actor_role, elder_id, elder_name, community_id, fields, remote_address, channel)
                values (:actor, :role, :elder, :name, :community, :fields, :remote, :channel)""")
                .param("actor", actor.username()).param("role", actor.role().name())
                .param("elder", elderId).param("name", elderName).param("community", communityId)
                .param("fields", fields.stream().map(SensitiveField::param).collect(Collectors.joining(",")))
                .param("remote", access.remoteAddress() == null ? null : truncate(access.remoteAddress(), 64))
                .param("channel", access.channel().name())
                .update();
    }

    /**
     * Newest first. Community staff read their community's entries, district administrators all; nobody else.
     *
     * @param elderId one elder's entries, or null for all in scope
     */
    public Paged<AccessLogEntry> search(Actor actor, Long elderId, Paged.Request page) {
        Long community;
        if (actor.isAdmin()) {
            community = null;
        } else if (actor.role() == Role.COMMUNITY_STAFF) {
            community = actor.communityId();
        } else {
            throw new AccessDeniedException("the access log is for community staff and district administrators");
        }
        String where = " where (cast(:community as bigint) is null or community_id = :community)"
                + " and (cast(:elder as bigint) is null or elder_id = :elder)";
        long total = jdbc.sql("select count(*) from care_access_log" + where)
                .param("community", community).param("elder", elderId).query(Long.class).single();
        List<AccessLogEntry> items = jdbc.sql("select * from care_access_log" + where
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .param("community", community).param("elder", elderId)
                .param("limit", page.size()).param("offset", page.offset())
                .query(AccessLog::entry).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    private static AccessLogEntry entry(ResultSet rs, int row) throws SQLException {
        return new AccessLogEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("actor_role"), rs.getLong("elder_id"), rs.getString("elder_name"),
                rs.getLong("community_id"), rs.getString("fields"), rs.getString("remote_address"), rs.getString("channel"));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
