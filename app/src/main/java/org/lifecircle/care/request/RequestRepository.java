package org.lifecircle.care.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requests, series and family links in SQL. The elder's compound comes with the row (as an id); its name and position
 * are atlas', added by the service.
 */
@Repository
class RequestRepository {

    private static final String SELECT = """
            select r.*, e.name as elder_name, e.compound_id, s.name as station_name, g.name as caregiver_name
            from care_request r join elder e on e.id = r.elder_id join care_station s on s.id = r.station_id
            left join caregiver g on g.id = r.caregiver_id
            """;

    /** What filing needs to know about an elder: who keeps them and where they live (the compound). */
    record ElderFacts(long id, String name, long stationId, long communityId, long compoundId) {
    }

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ElderFacts> elder(long id) {
        return jdbc.sql("select id, name, station_id, community_id, compound_id from elder where id = :id").param("id", id)
                .query((rs, n) -> new ElderFacts(rs.getLong("id"), rs.getString("name"), rs.getLong("station_id"),
                        rs.getLong("community_id"), rs.getLong("compound_id"))).optional();
    }

    long insert(ElderFacts elder, String service, LocalDate day, LocalTime from, LocalTime to, int duration, String notes,
                Channel channel, String by, Priority priority, Long seriesId) {
        return jdbc.sql("""
                        insert into care_request (elder_id, station_id, community_id, service_code, day, window_start, window_end,
                            duration_minutes, notes, channel, requested_by, priority, series_id)
                        values (:elder, :station, :community, :service, :day, :from, :to, :duration, :notes, :channel, :by,
                            :priority, :series)
                        on conflict (series_id, day) where series_id is not null do nothing
                        returning id""")
                .param("elder", elder.id()).param("station", elder.stationId()).param("community", elder.communityId())
                .param("service", service).param("day", day).param("from", from).param("to", to).param("duration", duration)
                .param("notes", notes).param("channel", channel.name()).param("by", by).param("priority", priority.name())
                .param("series", seriesId)
                .query(Long.class).optional().orElse(-1L);
    }

    Optional<CareRequest> get(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(RequestRepository::row).optional();
    }

    /**
     * Requests by status from {@code from} on, emergencies first, then by day and window: the board's order.
     *
     * @param community only this community's (null: all)
     * @param caregiver only this caregiver's (null: all)
     */
    List<CareRequest> find(List<RequestStatus> statuses, LocalDate from, LocalDate to, Long community, Long station,
                           Long caregiver) {
        return jdbc.sql(SELECT + """
                         where r.status in (:statuses) and r.day between :from and :to
                           and (cast(:community as bigint) is null or r.community_id = :community)
                           and (cast(:station as bigint) is null or r.station_id = :station)
                           and (cast(:caregiver as bigint) is null or r.caregiver_id = :caregiver)
                         order by (r.priority = 'EMERGENCY') desc, r.day, r.window_start, r.id
                         limit 2000""")
                .param("statuses", statuses.stream().map(Enum::name).toList()).param("from", from).param("to", to)
                .param("community", community).param("station", station).param("caregiver", caregiver)
                .query(RequestRepository::row).list();
    }

    /** The requests of these elders from {@code from} on, newest day first. */
    List<CareRequest> forElders(List<Long> elders, LocalDate from) {
        if (elders.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.elder_id in (:elders) and r.day >= :from order by r.day desc, r.window_start limit 500")
                .param("elders", elders).param("from", from).query(RequestRepository::row).list();
    }

    /** Cancels an open or assigned request if it is still at {@code version}; false if it changed meanwhile. */
    boolean cancel(long id, int version, String reason) {
        return jdbc.sql("""
                        update care_request set status = 'CANCELLED', cancelled_reason = :reason, version = version + 1,
                            updated_at = now()
                        where id = :id and version = :version and status in ('OPEN', 'ASSIGNED')""")
                .param("id", id).param("version", version).param("reason", reason).update() == 1;
    }

    long insertSeries(ElderFacts elder, SeriesForm form, String service, Channel channel, String by) {
        return jdbc.sql("""
                        insert into care_request_series (elder_id, service_code, weekdays, window_start, window_end,
                            first_day, last_day, notes, channel, requested_by)
                        values (:elder, :service, cast(:weekdays as smallint[]), :from, :to, :first, :last, :notes, :channel, :by)
                        returning id""")
                .param("elder", elder.id()).param("service", service)
                .param("weekdays", "{" + form.weekdays().stream().map(d -> String.valueOf(d.getValue())).sorted()
                        .collect(Collectors.joining(",")) + "}")
                .param("from", form.windowStart()).param("to", form.windowEnd()).param("first", form.firstDay())
                .param("last", form.lastDay()).param("notes", form.notes()).param("channel", channel.name()).param("by", by)
                .query(Long.class).single();
    }

    /** Active series that still have days to create up to {@code until}. */
    List<Series> seriesToExtend(LocalDate until) {
        return jdbc.sql("""
                        select * from care_request_series
                        where active and (created_until is null or (created_until < :until and created_until < last_day))""")
                .param("until", until).query(RequestRepository::series).list();
    }

    Optional<Series> series(long id) {
        return jdbc.sql("select * from care_request_series where id = :id").param("id", id)
                .query(RequestRepository::series).optional();
    }

    void createdUntil(long series, LocalDate day) {
        jdbc.sql("update care_request_series set created_until = greatest(coalesce(created_until, :day), :day) where id = :id")
                .param("id", series).param("day", day).update();
    }

    void linkFamily(long elder, String username, String relation, String by) {
        jdbc.sql("""
                        insert into elder_family (elder_id, username, relation, linked_by) values (:elder, :user, :relation, :by)
                        on conflict (elder_id, username) do update set relation = excluded.relation, linked_by = excluded.linked_by,
                            linked_at = now()""")
                .param("elder", elder).param("user", username).param("relation", relation).param("by", by).update();
    }

    boolean unlinkFamily(long elder, String username) {
        return jdbc.sql("delete from elder_family where elder_id = :elder and username = :user")
                .param("elder", elder).param("user", username).update() == 1;
    }

    List<FamilyLink> familyLinks(long elder) {
        return jdbc.sql("select * from elder_family where elder_id = :elder order by linked_at, username").param("elder", elder)
                .query((rs, n) -> new FamilyLink(rs.getString("username"), rs.getString("relation"), rs.getString("linked_by"),
                        instant(rs.getTimestamp("linked_at")))).list();
    }

    /** One elder's series, active first, newest first. */
    List<Series> seriesOf(long elder) {
        return jdbc.sql("select * from care_request_series where elder_id = :elder order by active desc, id desc")
                .param("elder", elder).query(RequestRepository::series).list();
    }

    /** Stops a series from {@code today} on: no more requests are created; false when it was stopped already. */
    boolean stopSeries(long id, LocalDate today) {
        return jdbc.sql("""
                        update care_request_series set active = false, last_day = greatest(first_day, least(last_day, :today))
                        where id = :id and active""")
                .param("id", id).param("today", today).update() == 1;
    }

    /** Cancels the series' requests after {@code day} that are still open or assigned; returns their ids. */
    List<Long> cancelSeriesAfter(long series, LocalDate day, String reason) {
        return jdbc.sql("""
                        update care_request set status = 'CANCELLED', cancelled_reason = :reason, version = version + 1,
                            updated_at = now()
                        where series_id = :series and day > :day and status in ('OPEN', 'ASSIGNED')
                        returning id""")
                .param("series", series).param("day", day).param("reason", reason).query(Long.class).list();
    }

    /** The relation of a resident account to an elder ({@code SELF} for the elder's own account), if linked. */
    Optional<String> familyRelation(long elder, String username) {
        return jdbc.sql("select relation from elder_family where elder_id = :elder and username = :user")
                .param("elder", elder).param("user", username).query(String.class).optional();
    }

    /** The elders a resident account is linked to, by name, with the relation. */
    List<LinkedElder> linkedElders(String username) {
        return jdbc.sql("""
                        select e.id, e.name, f.relation from elder_family f join elder e on e.id = f.elder_id
                        where f.username = :user order by e.name_sort, e.id""")
                .param("user", username)
                .query((rs, n) -> new LinkedElder(rs.getLong("id"), rs.getString("name"), rs.getString("relation"))).list();
    }

    List<Long> familyElders(String username) {
        return jdbc.sql("select elder_id from elder_family where username = :user").param("user", username)
                .query(Long.class).list();
    }

    /** The caregiver row a caregiver account signs in as, if staff linked one. */
    Optional<Long> caregiverOf(String username) {
        return jdbc.sql("select id from caregiver where username = :user").param("user", username).query(Long.class).optional();
    }

    private static CareRequest row(ResultSet rs, int n) throws SQLException {
        return new CareRequest(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("elder_name"), rs.getLong("station_id"),
                rs.getString("station_name"), rs.getLong("community_id"), rs.getLong("compound_id"), null, 0, 0,
                rs.getString("service_code"), rs.getObject("day", LocalDate.class), time(rs.getTime("window_start")),
                time(rs.getTime("window_end")), rs.getInt("duration_minutes"), rs.getString("notes"),
                Channel.valueOf(rs.getString("channel")), rs.getString("requested_by"), Priority.valueOf(rs.getString("priority")),
                RequestStatus.valueOf(rs.getString("status")), rs.getInt("version"), (Long) rs.getObject("series_id", Long.class),
                rs.getObject("caregiver_id", Long.class), rs.getString("caregiver_name"), instant(rs.getTimestamp("booked_from")),
                instant(rs.getTimestamp("booked_until")), rs.getString("assigned_by"), rs.getString("override_reason"),
                instant(rs.getTimestamp("created_at")));
    }

    private static Series series(ResultSet rs, int n) throws SQLException {
        Short[] days = (Short[]) rs.getArray("weekdays").getArray();
        return new Series(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("service_code"),
                Arrays.stream(days).map(d -> DayOfWeek.of(d)).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))),
                time(rs.getTime("window_start")), time(rs.getTime("window_end")), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), rs.getString("notes"), Channel.valueOf(rs.getString("channel")),
                rs.getString("requested_by"), rs.getObject("created_until", LocalDate.class), rs.getBoolean("active"));
    }

    private static LocalTime time(Time t) {
        return t == null ? null : t.toLocalTime();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
