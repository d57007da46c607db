package org.lifecircle.portal.events;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.portal.PortalCommunities;
import org.lifecircle.portal.PortalTime;
import org.lifecircle.portal.richtext.RichText;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community's events: written by its staff, shown to residents until they are over. */
@Service
public class EventService {

    public static final ZoneId ZONE = PortalTime.ZONE;
    private static final String SELECT = """
            select id, community_id, title, starts_at, ends_at, place, description_html, capacity, sign_up, author
            from portal_event""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    EventService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Events not over yet, soonest first. */
    public List<Event> upcoming(long community, int limit) {
        OffsetDateTime now = OffsetDateTime.now(ZONE);
        return jdbc.sql(SELECT + " where community_id = :c and (ends_at >= :now or (ends_at is null and starts_at >= :today))"
                        + " order by starts_at, id limit :limit")
                .param("c", community).param("now", now)
                .param("today", now.toLocalDate().atTime(LocalTime.MIN).atZone(ZONE).toOffsetDateTime())
                .param("limit", Math.max(1, Math.min(limit, 200)))
                .query(Event.class).list();
    }

    /** Every event, past ones too, newest first, for the staff. */
    public List<Event> all(Actor actor, long community) {
        PortalCommunities.requireManager(actor, community);
        return jdbc.sql(SELECT + " where community_id = :c order by starts_at desc, id desc").param("c", community)
                .query(Event.class).list();
    }

    public Event get(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Event.class).optional()
                .orElseThrow(() -> new NotFoundException("portal.event", id));
    }

    @Transactional
    public Event create(Actor actor, long community, EventForm form) {
        PortalCommunities.requireManager(actor, community);
        String description = checked(form);
        long id = jdbc.sql("""
                insert into portal_event (community_id, title, starts_at, ends_at, place, description_html, capacity,
                    sign_up, author)
                values (:c, :title, :starts, :ends, :place, :description, :capacity, :signUp, :author) returning id""")
                .param("c", community).params(columns(form, description)).param("author", actor.username())
                .query(Long.class).single();
        audit.record(actor, "portal.event.created", "event", id, form.getTitle());
        return get(id);
    }

    @Transactional
    public Event update(Actor actor, long id, EventForm form) {
        Event existing = get(id);
        PortalCommunities.requireManager(actor, existing.communityId());
        String description = checked(form);
        jdbc.sql("""
                update portal_event set title = :title, starts_at = :starts, ends_at = :ends, place = :place,
                       description_html = :description, capacity = :capacity, sign_up = :signUp, updated_at = now()
                where id = :id""")
                .params(columns(form, description)).param("id", id).update();
        audit.record(actor, "portal.event.updated", "event", id, existing.title() + " → " + form.getTitle());
        return get(id);
    }

    @Transactional
    public void delete(Actor actor, long id) {
        Event existing = get(id);
        PortalCommunities.requireManager(actor, existing.communityId());
        jdbc.sql("delete from portal_event where id = :id").param("id", id).update();
        audit.record(actor, "portal.event.deleted", "event", id, existing.title());
    }

    private static String checked(EventForm form) {
        if (form.getStartsAt() == null) {
            throw new InvalidInputException("startsAt", "portal.event.error.startsAt");
        }
        if (form.getEndsAt() != null && form.getEndsAt().isBefore(form.getStartsAt())) {
            throw new InvalidInputException("endsAt", "portal.event.error.endsAt");
        }
        return RichText.sanitise(form.getDescription());
    }

    private static Map<String, Object> columns(EventForm form, String description) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", form.getTitle().strip());
        values.put("starts", form.getStartsAt().atZone(ZONE).toOffsetDateTime());
        values.put("ends", form.getEndsAt() == null ? null : form.getEndsAt().atZone(ZONE).toOffsetDateTime());
        values.put("place", form.getPlace().strip());
        values.put("description", description);
        values.put("capacity", form.getCapacity());
        values.put("signUp", form.getSignUp() == null || form.getSignUp().isBlank() ? null : form.getSignUp().strip());
        return values;
    }
}
