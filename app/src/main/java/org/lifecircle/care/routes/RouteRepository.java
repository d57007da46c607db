package org.lifecircle.care.routes;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifecircle.care.request.RequestService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored plans: one per station and day, replaced whole. */
@Repository
class RouteRepository {

    private static final ZoneId ZONE = RequestService.ZONE;

    private final JdbcClient jdbc;

    RouteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises re-plans of one station's day until the transaction ends. */
    void lock(long station, LocalDate day) {
        jdbc.sql("select pg_advisory_xact_lock(:station, :day)").param("station", (int) station).param("day", (int) day.toEpochDay())
                .query(Object.class).single();
    }

    void replace(DayPlan plan) {
        jdbc.sql("delete from care_route_plan where station_id = :s and day = :d").param("s", plan.stationId()).param("d", plan.day()).update();
        jdbc.sql("""
                        insert into care_route_plan (station_id, day, planned_at, planned_by, travel_seconds, dropped)
                        values (:s, :d, :at, :by, :travel, cast(:dropped as bigint[]))""")
                .param("s", plan.stationId()).param("d", plan.day()).param("at", Timestamp.from(plan.plannedAt()))
                .param("by", plan.plannedBy()).param("travel", plan.travelSeconds())
                .param("dropped", "{" + String.join(",", plan.dropped().stream().map(String::valueOf).toList()) + "}").update();
        for (DayPlan.Route route : plan.routes()) {
            int seq = 0;
            for (DayPlan.Stop stop : route.stops()) {
                jdbc.sql("""
                                insert into care_route_stop (station_id, day, caregiver_id, seq, request_id, arrival, start_at)
                                values (:s, :d, :c, :seq, :r, :arrival, :start)""")
                        .param("s", plan.stationId()).param("d", plan.day()).param("c", route.caregiverId()).param("seq", seq++)
                        .param("r", stop.requestId())
                        .param("arrival", Timestamp.from(plan.day().atTime(stop.arrival()).atZone(ZONE).toInstant()))
                        .param("start", Timestamp.from(plan.day().atTime(stop.start()).atZone(ZONE).toInstant())).update();
            }
        }
    }

    void markStale(long station, LocalDate day) {
        jdbc.sql("update care_route_plan set stale = true where station_id = :s and day = :d").param("s", station).param("d", day).update();
    }

    Optional<DayPlan> get(long station, LocalDate day) {
        return jdbc.sql("select * from care_route_plan where station_id = :s and day = :d").param("s", station).param("d", day)
                .query((rs, n) -> new DayPlan(station, day, rs.getTimestamp("planned_at").toInstant(), rs.getString("planned_by"),
                        rs.getLong("travel_seconds"), Arrays.asList((Long[]) rs.getArray("dropped").getArray()),
                        rs.getBoolean("stale"), routes(station, day)))
                .optional();
    }

    private List<DayPlan.Route> routes(long station, LocalDate day) {
        Map<Long, List<DayPlan.Stop>> stops = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.*, g.name as caregiver_name, e.name as elder_name, e.compound_id, r.service_code, r.window_start,
                            r.window_end, r.duration_minutes
                        from care_route_stop t join caregiver g on g.id = t.caregiver_id join care_request r on r.id = t.request_id
                        join elder e on e.id = r.elder_id
                        where t.station_id = :s and t.day = :d order by g.name_sort, t.caregiver_id, t.seq""")
                .param("s", station).param("d", day)
                .query((rs, n) -> {
                    long caregiver = rs.getLong("caregiver_id");
                    names.put(caregiver, rs.getString("caregiver_name"));
                    stops.computeIfAbsent(caregiver, k -> new ArrayList<>()).add(new DayPlan.Stop(rs.getLong("request_id"),
                            rs.getString("elder_name"), null, rs.getString("service_code"),
                            rs.getTimestamp("arrival").toInstant().atZone(ZONE).toLocalTime(),
                            rs.getTimestamp("start_at").toInstant().atZone(ZONE).toLocalTime(),
                            rs.getTime("window_start").toLocalTime(), rs.getTime("window_end").toLocalTime(),
                            rs.getInt("duration_minutes")));
                    return caregiver;
                }).list();
        return stops.entrySet().stream().map(e -> new DayPlan.Route(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
    }
}
