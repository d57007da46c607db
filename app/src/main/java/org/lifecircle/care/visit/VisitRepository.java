package org.lifecircle.care.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Visits and flags in SQL. The request's state moves with conditional updates (status and version), like dispatch's
 * assignment, so two check-ins of one visit cannot both win; the visit's primary key (the request) is the backstop.
 */
@Repository
class VisitRepository {

    private static final String SELECT = """
            select v.*, e.name as elder_name, g.name as caregiver_name, r.window_start, r.window_end, r.station_id,
                r.community_id
            from care_visit v join care_request r on r.id = v.request_id join elder e on e.id = v.elder_id
            join caregiver g on g.id = v.caregiver_id
            """;

    private final JdbcClient jdbc;

    VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** ASSIGNED → IN_PROGRESS if the request is still at {@code version}; false when someone was first. */
    boolean start(long request, int version) {
        return jdbc.sql("""
                        update care_request set status = 'IN_PROGRESS', version = version + 1, updated_at = now()
                        where id = :id and status = 'ASSIGNED' and version = :version""")
                .param("id", request).param("version", version).update() == 1;
    }

    /** IN_PROGRESS → DONE if the request is still at {@code version}. */
    boolean finish(long request, int version) {
        return jdbc.sql("""
                        update care_request set status = 'DONE', version = version + 1, updated_at = now()
                        where id = :id and status = 'IN_PROGRESS' and version = :version""")
                .param("id", request).param("version", version).update() == 1;
    }

    record CheckIn(long request, String service, long elder, long caregiver, LocalDate day, long compound, double placeLon,
                   double placeLat, Instant at, int lateMinutes, Position position, Double distance, PositionCheck check,
                   String reason) {
    }

    void insert(CheckIn c) {
        jdbc.sql("""
                        insert into care_visit (request_id, service_code, elder_id, caregiver_id, day, compound_id, place_lon,
                            place_lat, check_in_at, late_minutes, check_in_lon, check_in_lat, check_in_accuracy_m,
                            check_in_distance_m, position_check, exception_status, exception_reason)
                        values (:request, :service, :elder, :caregiver, :day, :compound, :placeLon, :placeLat, :at, :late,
                            :lon, :lat, :accuracy, :distance, :check, :status, :reason)""")
                .param("request", c.request()).param("service", c.service()).param("elder", c.elder())
                .param("caregiver", c.caregiver()).param("day", c.day()).param("compound", c.compound())
                .param("placeLon", c.placeLon()).param("placeLat", c.placeLat()).param("at", Timestamp.from(c.at()))
                .param("late", c.lateMinutes()).param("lon", c.position().lon()).param("lat", c.position().lat())
                .param("accuracy", c.position().accuracy()).param("distance", c.distance()).param("check", c.check().name())
                .param("status", c.check() == PositionCheck.MATCHED ? null : "OPEN").param("reason", c.reason())
                .update();
    }

    /**
     * Records the check-out. {@code reopen}: the check-out position did not match, so the visit goes (back) into the
     * queue with {@code reason} added, whatever a dispatcher decided on the check-in.
     */
    boolean checkOut(long request, Instant at, Position position, Double distance, PositionCheck check, boolean reopen,
                     String reason, Outcome outcome, String notes) {
        return jdbc.sql("""
                        update care_visit set check_out_at = :at, check_out_lon = :lon, check_out_lat = :lat,
                            check_out_accuracy_m = :accuracy, check_out_distance_m = :distance, position_check = :check,
                            exception_status = case when :reopen then 'OPEN' else exception_status end,
                            exception_reason = case when :reopen then :reason else exception_reason end,
                            resolved_by = case when :reopen then null else resolved_by end,
                            resolved_at = case when :reopen then null else resolved_at end,
                            resolution_note = case when :reopen then null else resolution_note end,
                            outcome = :outcome, notes = :notes, updated_at = now()
                        where request_id = :request and check_out_at is null""")
                .param("request", request).param("at", Timestamp.from(at)).param("lon", position.lon())
                .param("lat", position.lat()).param("accuracy", position.accuracy()).param("distance", distance)
                .param("check", check.name()).param("reopen", reopen).param("reason", reason)
                .param("outcome", outcome.name()).param("notes", notes).update() == 1;
    }

    Optional<Visit> get(long request) {
        return jdbc.sql(SELECT + " where v.request_id = :id").param("id", request).query(VisitRepository::row).optional();
    }

    List<Visit> of(Collection<Long> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where v.request_id in (:ids)").param("ids", requests).query(VisitRepository::row).list();
    }

    /** The queue: open exceptions first (oldest first), then those resolved since {@code resolvedSince}, newest first. */
    List<Visit> exceptions(Instant resolvedSince) {
        return jdbc.sql(SELECT + """
                         where v.exception_status = 'OPEN' or (v.exception_status is not null and v.resolved_at >= :since)
                         order by (v.exception_status = 'OPEN') desc,
                             case when v.exception_status = 'OPEN' then v.check_in_at end,
                             v.resolved_at desc
                         limit 500""")
                .param("since", Timestamp.from(resolvedSince)).query(VisitRepository::row).list();
    }

    long openExceptions() {
        return jdbc.sql("select count(*) from care_visit where exception_status = 'OPEN'").query(Long.class).single();
    }

    /** Accepts or rejects an open exception; false when it is no longer open (another dispatcher was first). */
    boolean resolve(long request, String status, String by, String note) {
        return jdbc.sql("""
                        update care_visit set exception_status = :status, resolved_by = :by, resolved_at = now(),
                            resolution_note = :note, updated_at = now()
                        where request_id = :id and exception_status = 'OPEN'""")
                .param("id", request).param("status", status).param("by", by).param("note", note).update() == 1;
    }

    /** The rating, once, after check-out; false when already rated or not checked out. */
    boolean rate(long request, int rating, String comment, String by, String source) {
        return jdbc.sql("""
                        update care_visit set rating = :rating, rating_comment = :comment, rated_by = :by,
                            rating_source = :source, rated_at = now(), updated_at = now()
                        where request_id = :id and rating is null and check_out_at is not null""")
                .param("id", request).param("rating", rating).param("comment", comment).param("by", by)
                .param("source", source).update() == 1;
    }

    // ---- flags ----

    /**
     * Raises LATE for every request of {@code days} not checked in by the end of its window, as of {@code now}.
     * The primary key (request, kind) makes it idempotent: a second run, or a second node at the same time, inserts
     * nothing twice. OPEN requests never dispatched count: nobody came.
     *
     * @return the requests flagged by this run
     */
    List<Long> raiseLate(Instant now, LocalDate firstDay) {
        return jdbc.sql("""
                        insert into care_visit_flag (request_id, kind, raised_at)
                        select r.id, 'LATE', :now from care_request r
                        where r.status in ('OPEN', 'ASSIGNED') and r.day >= :first
                          and (r.day + r.window_end) at time zone 'Asia/Shanghai' < :now
                        on conflict (request_id, kind) do nothing
                        returning request_id""")
                .param("now", Timestamp.from(now)).param("first", firstDay).query(Long.class).list();
    }

    /** Raises MISSED when the window's end plus {@code graceMinutes}, or midnight if earlier, has passed. */
    List<Long> raiseMissed(Instant now, LocalDate firstDay, int graceMinutes) {
        return jdbc.sql("""
                        insert into care_visit_flag (request_id, kind, raised_at)
                        select r.id, 'MISSED', :now from care_request r
                        where r.status in ('OPEN', 'ASSIGNED') and r.day >= :first
                          and least((r.day + r.window_end) + make_interval(mins => :grace), cast(r.day + 1 as timestamp))
                              at time zone 'Asia/Shanghai' < :now
                        on conflict (request_id, kind) do nothing
                        returning request_id""")
                .param("now", Timestamp.from(now)).param("first", firstDay).param("grace", graceMinutes)
                .query(Long.class).list();
    }

    /** Open flags (not acknowledged), newest first; one community's (null: all). */
    List<VisitFlag> openFlags(Long community) {
        return jdbc.sql("""
                        select f.*, r.service_code, e.name as elder_name, r.day, r.window_start, r.window_end, r.status,
                            g.name as caregiver_name, s.name as station_name
                        from care_visit_flag f join care_request r on r.id = f.request_id join elder e on e.id = r.elder_id
                        join care_station s on s.id = r.station_id left join caregiver g on g.id = r.caregiver_id
                        where f.acknowledged_at is null and (cast(:community as bigint) is null or r.community_id = :community)
                        order by f.raised_at desc, f.request_id, f.kind
                        limit 500""")
                .param("community", community)
                .query((rs, n) -> new VisitFlag(rs.getLong("request_id"), rs.getString("kind"), instant(rs.getTimestamp("raised_at")),
                        rs.getString("acknowledged_by"), instant(rs.getTimestamp("acknowledged_at")), rs.getString("service_code"),
                        rs.getString("elder_name"), rs.getObject("day", LocalDate.class), time(rs, "window_start"),
                        time(rs, "window_end"), rs.getString("status"), rs.getString("caregiver_name"),
                        rs.getString("station_name"))).list();
    }

    long openFlagCount() {
        return jdbc.sql("select count(*) from care_visit_flag where acknowledged_at is null").query(Long.class).single();
    }

    boolean acknowledge(long request, String kind, String by) {
        return jdbc.sql("""
                        update care_visit_flag set acknowledged_by = :by, acknowledged_at = now()
                        where request_id = :id and kind = :kind and acknowledged_at is null""")
                .param("id", request).param("kind", kind).param("by", by).update() == 1;
    }

    private static Visit row(ResultSet rs, int n) throws SQLException {
        String reasons = rs.getString("exception_reason");
        String outcome = rs.getString("outcome");
        return new Visit(rs.getLong("request_id"), rs.getString("service_code"), rs.getLong("elder_id"), rs.getString("elder_name"),
                rs.getLong("caregiver_id"), rs.getString("caregiver_name"), rs.getObject("day", LocalDate.class),
                time(rs, "window_start"), time(rs, "window_end"), rs.getLong("compound_id"), null, rs.getDouble("place_lon"),
                rs.getDouble("place_lat"), instant(rs.getTimestamp("check_in_at")), instant(rs.getTimestamp("check_out_at")),
                rs.getInt("late_minutes"),
                position(rs, "check_in"), rs.getObject("check_in_distance_m", Double.class),
                position(rs, "check_out"), rs.getObject("check_out_distance_m", Double.class),
                PositionCheck.valueOf(rs.getString("position_check")), rs.getString("exception_status"),
                reasons == null ? List.of() : Arrays.asList(reasons.split(",")), rs.getString("resolved_by"),
                instant(rs.getTimestamp("resolved_at")), rs.getString("resolution_note"),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString("notes"), rs.getObject("rating", Integer.class),
                rs.getString("rating_comment"), rs.getString("rated_by"), rs.getString("rating_source"),
                instant(rs.getTimestamp("rated_at")), rs.getLong("station_id"), rs.getLong("community_id"));
    }

    private static Position position(ResultSet rs, String prefix) throws SQLException {
        return new Position(rs.getObject(prefix + "_lon", Double.class), rs.getObject(prefix + "_lat", Double.class),
                rs.getObject(prefix + "_accuracy_m", Double.class));
    }

    private static LocalTime time(ResultSet rs, String column) throws SQLException {
        java.sql.Time t = rs.getTime(column);
        return t == null ? null : t.toLocalTime();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
