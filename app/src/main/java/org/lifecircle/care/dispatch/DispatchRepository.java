package org.lifecircle.care.dispatch;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bookings, the conditional assignment and alerts in SQL: the statements the concurrency guarantees rest on. */
@Repository
class DispatchRepository {

    private final JdbcClient jdbc;

    DispatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every booking on one day (Asia/Shanghai), by caregiver and start. */
    List<Booking> bookings(LocalDate day) {
        return jdbc.sql("""
                        select r.id, r.caregiver_id, r.booked_from, r.booked_until, e.compound_id
                        from care_request r join elder e on e.id = r.elder_id
                        where r.status in ('ASSIGNED', 'IN_PROGRESS') and r.day = :day
                        order by r.caregiver_id, r.booked_from""")
                .param("day", day)
                .query((rs, n) -> new Booking(rs.getLong("id"), rs.getLong("caregiver_id"), rs.getTimestamp("booked_from").toInstant(),
                        rs.getTimestamp("booked_until").toInstant(), rs.getLong("compound_id"))).list();
    }

    /**
     * Takes the caregiver's row lock until the transaction ends: every assignment to this caregiver waits here, so the
     * overlap check that follows sees every booking committed before it (READ COMMITTED reads afresh per statement).
     */
    boolean lockCaregiver(long caregiver) {
        return jdbc.sql("select id from caregiver where id = :id and active for update").param("id", caregiver)
                .query(Long.class).optional().isPresent();
    }

    /** The request the caregiver is booked for that overlaps [from, until), if any. */
    Optional<Long> overlapping(long caregiver, Instant from, Instant until) {
        return jdbc.sql("""
                        select id from care_request
                        where caregiver_id = :caregiver and status in ('ASSIGNED', 'IN_PROGRESS')
                          and booked_from < :until and booked_until > :from
                        limit 1""")
                .param("caregiver", caregiver).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(Long.class).optional();
    }

    /**
     * Assigns the request if it is still open at the version the dispatcher saw. A second dispatcher's update waits on
     * the first one's row lock, then finds the status changed and updates nothing.
     */
    boolean assign(long request, int version, long caregiver, Instant from, Instant until, String by, String overrideReason) {
        return jdbc.sql("""
                        update care_request set status = 'ASSIGNED', caregiver_id = :caregiver, booked_from = :from,
                            booked_until = :until, assigned_by = :by, assigned_at = now(), override_reason = :reason,
                            version = version + 1, updated_at = now()
                        where id = :id and status = 'OPEN' and version = :version""")
                .param("id", request).param("version", version).param("caregiver", caregiver)
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until)).param("by", by)
                .param("reason", overrideReason).update() == 1;
    }

    /** Back to open (the caregiver dropped out): the booking is released, the request can be dispatched again. */
    int release(long caregiver, LocalDate day) {
        return jdbc.sql("""
                        update care_request set status = 'OPEN', caregiver_id = null, booked_from = null, booked_until = null,
                            assigned_by = null, assigned_at = null, override_reason = null, version = version + 1,
                            updated_at = now()
                        where caregiver_id = :caregiver and day = :day and status = 'ASSIGNED'""")
                .param("caregiver", caregiver).param("day", day).update();
    }

    void absent(long caregiver, LocalDate day, String reason, String by) {
        jdbc.sql("""
                        insert into caregiver_absence (caregiver_id, day, reason, recorded_by) values (:c, :d, :r, :by)
                        on conflict (caregiver_id, day) do update set reason = excluded.reason, recorded_by = excluded.recorded_by""")
                .param("c", caregiver).param("d", day).param("r", reason).param("by", by).update();
    }

    /** Caregivers out on that day. */
    Set<Long> absent(LocalDate day) {
        return new HashSet<>(jdbc.sql("select caregiver_id from caregiver_absence where day = :d").param("d", day)
                .query(Long.class).list());
    }

    long alert(long request, long caregiver, long travelSeconds) {
        return jdbc.sql("""
                        insert into care_alert (request_id, caregiver_id, travel_seconds) values (:request, :caregiver, :travel)
                        returning id""")
                .param("request", request).param("caregiver", caregiver).param("travel", travelSeconds)
                .query(Long.class).single();
    }

    /** Open alerts, newest first; one caregiver's or (null) all. */
    List<Alert> openAlerts(Long caregiver) {
        return jdbc.sql("""
                        select a.*, g.name as caregiver_name from care_alert a join caregiver g on g.id = a.caregiver_id
                        where a.acknowledged_at is null and (cast(:caregiver as bigint) is null or a.caregiver_id = :caregiver)
                        order by a.created_at desc, a.id desc""")
                .param("caregiver", caregiver)
                .query((rs, n) -> new Alert(rs.getLong("id"), rs.getLong("request_id"), rs.getLong("caregiver_id"),
                        rs.getString("caregiver_name"), rs.getObject("travel_seconds", Long.class),
                        rs.getTimestamp("created_at").toInstant(), null)).list();
    }

    boolean acknowledge(long alert, long caregiver) {
        return jdbc.sql("update care_alert set acknowledged_at = now() where id = :id and caregiver_id = :caregiver and acknowledged_at is null")
                .param("id", alert).param("caregiver", caregiver).update() == 1;
    }
}
