package org.lifecircle.care.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report's figures, aggregated by PostgreSQL: one pass over the period's requests (with their visit and flags)
 * grouped by station, by community and in total ({@code grouping sets}), medians and percentiles with
 * {@code percentile_cont}. Only care tables; no encrypted column is read.
 */
@Repository
class CareReportRepository {

    /** Which requests and elders: null community and station mean the whole district. */
    record Filter(LocalDate from, LocalDate to, Long community, Long station, Instant now) {
    }

    /** One grouped row: the level it is of ({@code STATION}, {@code COMMUNITY}, {@code DISTRICT}) and the id. */
    record Key(CareReport.Level level, Long id) {
    }

    /**
     * The period's requests with what became of them. {@code bucket}: each request in exactly one of CANCELLED,
     * REJECTED (its visit was rejected in the exception queue), IN_PROGRESS, COMPLETED, NOT_HOME, REFUSED, ABORTED,
     * MISSED (no check-in and a MISSED flag or the window over), PENDING (still to come).
     */
    private static final String REQUESTS = """
            with base as (
                select r.id, r.station_id, r.community_id, r.day, r.status, r.priority, r.channel, r.service_code,
                       r.created_at, r.assigned_at,
                       (r.day + r.window_start) at time zone 'Asia/Shanghai' as window_from,
                       (r.day + r.window_end) at time zone 'Asia/Shanghai' as window_to,
                       v.request_id is not null as visited, v.check_in_at, v.check_out_at, v.outcome, v.position_check,
                       v.exception_status, v.rating,
                       exists (select 1 from care_visit_flag f where f.request_id = r.id and f.kind = 'LATE') as late_flag,
                       exists (select 1 from care_visit_flag f where f.request_id = r.id and f.kind = 'MISSED') as missed_flag
                from care_request r left join care_visit v on v.request_id = r.id
                where r.day between :from and :to
                  and (cast(:community as bigint) is null or r.community_id = :community)
                  and (cast(:station as bigint) is null or r.station_id = :station)
            ), r as (
                select base.*,
                       case when status = 'CANCELLED' then 'CANCELLED'
                            when visited and exception_status = 'REJECTED' then 'REJECTED'
                            when visited and outcome = 'COMPLETED' and status = 'DONE' then 'COMPLETED'
                            when visited and outcome in ('NOT_HOME', 'REFUSED', 'ABORTED') then outcome
                            when visited then 'IN_PROGRESS'
                            when missed_flag or window_to < :now then 'MISSED'
                            else 'PENDING' end as bucket,
                       extract(epoch from check_in_at - window_to) / 60.0 as late_minutes,
                       extract(epoch from assigned_at - created_at) / 60.0 as assign_minutes,
                       extract(epoch from check_in_at - created_at) / 60.0 as arrival_minutes
                from base
            )
            """;

    private final JdbcClient jdbc;

    CareReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything but the breakdowns, per station, per community and in total. */
    Map<Key, CareReport.Row> rows(Filter f) {
        Map<Key, CareReport.Row> rows = new LinkedHashMap<>();
        jdbc.sql(REQUESTS + """
                        select grouping(station_id) as g_station, grouping(community_id) as g_community, station_id, community_id,
                          count(*) as total,
                          count(*) filter (where bucket = 'CANCELLED') as cancelled,
                          count(*) filter (where priority = 'NORMAL') as normal,
                          count(*) filter (where priority = 'EMERGENCY') as emergency,
                          count(*) filter (where bucket <> 'CANCELLED') as due,
                          count(*) filter (where bucket = 'COMPLETED') as completed,
                          count(*) filter (where bucket = 'NOT_HOME') as not_home,
                          count(*) filter (where bucket = 'REFUSED') as refused,
                          count(*) filter (where bucket = 'ABORTED') as aborted,
                          count(*) filter (where bucket = 'REJECTED') as rejected,
                          count(*) filter (where bucket = 'MISSED') as missed,
                          count(*) filter (where bucket = 'IN_PROGRESS') as in_progress,
                          count(*) filter (where bucket = 'PENDING') as pending,
                          count(check_in_at) as checked_in,
                          count(*) filter (where check_in_at < window_from) as early,
                          count(*) filter (where check_in_at between window_from and window_to) as on_time,
                          count(*) filter (where check_in_at > window_to) as late,
                          percentile_cont(0.5) within group (order by late_minutes) filter (where check_in_at > window_to) as late_median,
                          percentile_cont(0.9) within group (order by late_minutes) filter (where check_in_at > window_to) as late_p90,
                          count(*) filter (where late_flag and status <> 'CANCELLED') as late_flags,
                          count(*) filter (where missed_flag and status <> 'CANCELLED') as missed_flags,
                          count(*) filter (where position_check = 'MATCHED') as matched,
                          count(*) filter (where position_check = 'MISMATCH') as mismatch,
                          count(*) filter (where position_check = 'NO_POSITION') as no_position,
                          count(*) filter (where exception_status = 'OPEN') as exc_open,
                          count(*) filter (where exception_status = 'ACCEPTED') as exc_accepted,
                          count(*) filter (where exception_status = 'REJECTED') as exc_rejected,
                          count(*) filter (where priority = 'EMERGENCY' and status = 'CANCELLED') as em_cancelled,
                          count(assign_minutes) filter (where priority = 'EMERGENCY') as em_assigned,
                          percentile_cont(0.5) within group (order by assign_minutes) filter (where priority = 'EMERGENCY') as em_assign_median,
                          percentile_cont(0.9) within group (order by assign_minutes) filter (where priority = 'EMERGENCY') as em_assign_p90,
                          max(assign_minutes) filter (where priority = 'EMERGENCY') as em_assign_max,
                          count(arrival_minutes) filter (where priority = 'EMERGENCY') as em_arrived,
                          percentile_cont(0.5) within group (order by arrival_minutes) filter (where priority = 'EMERGENCY') as em_arrival_median,
                          percentile_cont(0.9) within group (order by arrival_minutes) filter (where priority = 'EMERGENCY') as em_arrival_p90,
                          max(arrival_minutes) filter (where priority = 'EMERGENCY') as em_arrival_max,
                          count(rating) as ratings,
                          avg(rating) as rating_average
                        from r
                        group by grouping sets ((station_id), (community_id), ())
                        """)
                .params(params(f))
                .query((rs, n) -> {
                    Key key = key(rs);
                    rows.put(key, row(rs));
                    return key;
                }).list();
        return rows;
    }

    /** Requests by a column's value (channel, service), per station, per community and in total. */
    Map<Key, Map<String, Long>> breakdown(Filter f, Breakdown by) {
        Map<Key, Map<String, Long>> out = new LinkedHashMap<>();
        jdbc.sql(REQUESTS + """
                        select grouping(station_id) as g_station, grouping(community_id) as g_community, station_id, community_id,
                               %1$s as value, count(*) as n
                        from r
                        group by grouping sets ((station_id, %1$s), (community_id, %1$s), (%1$s))
                        order by value""".formatted(by.column))
                .params(params(f))
                .query((rs, n) -> {
                    out.computeIfAbsent(key(rs), k -> new TreeMap<>()).put(rs.getString("value"), rs.getLong("n"));
                    return null;
                }).list();
        return out;
    }

    /** The columns a breakdown may be by (never text from a request). */
    enum Breakdown {
        CHANNEL("channel"), SERVICE("service_code");

        final String column;

        Breakdown(String column) {
            this.column = column;
        }
    }

    /** The period day by day (the filter's scope in total). */
    List<CareReport.Day> days(Filter f) {
        return jdbc.sql(REQUESTS + """
                        select d::date as day,
                          count(r.id) as requests,
                          count(r.id) filter (where bucket = 'COMPLETED') as completed,
                          count(r.id) filter (where bucket = 'MISSED') as missed,
                          count(r.id) filter (where check_in_at > window_to) as late,
                          count(r.id) filter (where priority = 'EMERGENCY') as emergencies
                        from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d
                        left join r on r.day = d::date
                        group by d order by d""")
                .params(params(f))
                .query((rs, n) -> new CareReport.Day(rs.getObject("day", LocalDate.class), rs.getLong("requests"),
                        rs.getLong("completed"), rs.getLong("missed"), rs.getLong("late"), rs.getLong("emergencies")))
                .list();
    }

    /** A caregiver's period as the database has it; working hours are added from the weekly schedule. */
    record CaregiverFigures(long id, String name, long stationId, String stationName, boolean active, String workingHours,
                            long visits, long completed, double visitHours, double bookedHours, long ratings,
                            Double ratingAverage) {
    }

    /** Caregivers of the stations in scope that are active or worked in the period. */
    List<CaregiverFigures> caregivers(Filter f) {
        return jdbc.sql("""
                        select g.id, g.name, g.station_id, s.name as station_name, g.active, g.working_hours,
                          coalesce(v.visits, 0) as visits, coalesce(v.completed, 0) as completed,
                          coalesce(v.hours, 0) as visit_hours, coalesce(b.hours, 0) as booked_hours,
                          coalesce(v.ratings, 0) as ratings, v.rating_average
                        from caregiver g join care_station s on s.id = g.station_id
                        left join lateral (
                            select count(*) filter (where check_out_at is not null) as visits,
                                   count(*) filter (where outcome = 'COMPLETED') as completed,
                                   sum(extract(epoch from check_out_at - check_in_at)) / 3600.0 as hours,
                                   count(rating) as ratings, avg(rating) as rating_average
                            from care_visit where caregiver_id = g.id and day between :from and :to) v on true
                        left join lateral (
                            select sum(extract(epoch from booked_until - booked_from)) / 3600.0 as hours
                            from care_request where caregiver_id = g.id and day between :from and :to
                              and status in ('ASSIGNED', 'IN_PROGRESS', 'DONE')) b on true
                        where (cast(:community as bigint) is null or s.community_id = :community)
                          and (cast(:station as bigint) is null or g.station_id = :station)
                          and (g.active or v.visits > 0 or b.hours > 0)
                        order by s.name_sort, g.name_sort""")
                .params(params(f))
                .query((rs, n) -> new CaregiverFigures(rs.getLong("id"), rs.getString("name"), rs.getLong("station_id"),
                        rs.getString("station_name"), rs.getBoolean("active"), rs.getString("working_hours"),
                        rs.getLong("visits"), rs.getLong("completed"), rs.getDouble("visit_hours"),
                        rs.getDouble("booked_hours"), rs.getLong("ratings"), number(rs, "rating_average")))
                .list();
    }

    /** The days each caregiver of the scope was absent in the period. */
    Map<Long, Set<LocalDate>> absences(Filter f) {
        Map<Long, Set<LocalDate>> out = new HashMap<>();
        jdbc.sql("""
                        select a.caregiver_id, a.day from caregiver_absence a join caregiver g on g.id = a.caregiver_id
                        join care_station s on s.id = g.station_id
                        where a.day between :from and :to
                          and (cast(:community as bigint) is null or s.community_id = :community)
                          and (cast(:station as bigint) is null or g.station_id = :station)""")
                .params(params(f))
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getObject(2, LocalDate.class)))
                .list();
        return out;
    }

    /** Elders counted by compound, station, community and care level ({@code NONE}: not assessed). */
    record ElderCount(long compoundId, long stationId, long communityId, String level, long elders) {
    }

    List<ElderCount> elders(Filter f) {
        return jdbc.sql("""
                        select compound_id, station_id, community_id, coalesce(care_level, 'NONE') as level, count(*) as n
                        from elder
                        where (cast(:community as bigint) is null or community_id = :community)
                          and (cast(:station as bigint) is null or station_id = :station)
                        group by 1, 2, 3, 4""")
                .params(params(f))
                .query((rs, n) -> new ElderCount(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    private static Map<String, Object> params(Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", f.from());
        p.put("to", f.to());
        p.put("community", f.community());
        p.put("station", f.station());
        p.put("now", f.now().atOffset(ZoneOffset.UTC));
        return p;
    }

    private static Key key(ResultSet rs) throws SQLException {
        if (rs.getInt("g_station") == 0) {
            return new Key(CareReport.Level.STATION, rs.getLong("station_id"));
        }
        if (rs.getInt("g_community") == 0) {
            return new Key(CareReport.Level.COMMUNITY, rs.getLong("community_id"));
        }
        return new Key(CareReport.Level.DISTRICT, null);
    }

    /** A row without its place and breakdowns (the service adds them). */
    private static CareReport.Row row(ResultSet rs) throws SQLException {
        long completed = rs.getLong("completed");
        long settled = rs.getLong("due") - rs.getLong("pending") - rs.getLong("in_progress");
        long checkedIn = rs.getLong("checked_in");
        long onTime = rs.getLong("on_time");
        long visits = checkedIn;
        return new CareReport.Row(null,
                new CareReport.Requests(rs.getLong("total"), rs.getLong("cancelled"), rs.getLong("normal"),
                        rs.getLong("emergency"), Map.of(), Map.of()),
                new CareReport.Completion(rs.getLong("due"), completed, rs.getLong("not_home"), rs.getLong("refused"),
                        rs.getLong("aborted"), rs.getLong("rejected"), rs.getLong("missed"), rs.getLong("in_progress"),
                        rs.getLong("pending"), ratio(completed, settled)),
                new CareReport.Punctuality(checkedIn, rs.getLong("early"), onTime, rs.getLong("late"), ratio(onTime, checkedIn),
                        number(rs, "late_median"), number(rs, "late_p90"), rs.getLong("late_flags"), rs.getLong("missed_flags")),
                new CareReport.Verification(visits, rs.getLong("matched"), rs.getLong("mismatch"), rs.getLong("no_position"),
                        rs.getLong("exc_open"), rs.getLong("exc_accepted"), rs.getLong("exc_rejected"),
                        ratio(rs.getLong("matched"), visits)),
                new CareReport.Emergencies(rs.getLong("emergency"), rs.getLong("em_cancelled"),
                        new CareReport.Times(rs.getLong("em_assigned"), number(rs, "em_assign_median"),
                                number(rs, "em_assign_p90"), number(rs, "em_assign_max")),
                        new CareReport.Times(rs.getLong("em_arrived"), number(rs, "em_arrival_median"),
                                number(rs, "em_arrival_p90"), number(rs, "em_arrival_max"))),
                new CareReport.Ratings(rs.getLong("ratings"), number(rs, "rating_average")));
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
