package org.lifecircle.care.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.visit.Visit;
import org.lifecircle.engine.network.EarthDistance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes requests that already happened, with their visits and flags, in bulk: the demo's weeks of history (so the
 * reports have something to show) and the tests' known figures. Not a way around dispatch for new work: nothing here
 * checks windows, skills or bookings, the caller answers for the history being consistent. The request's station and
 * community are the elder's, its duration the catalogue's; the visit's place is the elder's compound.
 */
@Component
public class CareHistory {

    /**
     * One past request and what became of it.
     *
     * @param channel       a {@link org.lifecircle.care.request.Channel}'s name
     * @param caregiverId   null: never assigned
     * @param checkIn       null: never checked in (then no visit)
     * @param checkOut      null with a check-in: still in progress
     * @param positionCheck MATCHED, MISMATCH or NO_POSITION (with a check-in)
     * @param exception     null, or OPEN, ACCEPTED, REJECTED for a position that did not match
     * @param outcome       COMPLETED, NOT_HOME, REFUSED, ABORTED (with a check-out)
     * @param rating        1..5 or null
     * @param flags         LATE, MISSED
     */
    public record PastRequest(long elderId, String serviceCode, LocalDate day, LocalTime windowStart, LocalTime windowEnd,
                              boolean emergency, String channel, Instant createdAt, boolean cancelled, Long caregiverId,
                              Instant assignedAt, Instant checkIn, Instant checkOut, String positionCheck,
                              String exception, String outcome, Integer rating, List<String> flags) {
    }

    /** Where a check-in's position was: metres from the place, to the east (the demo's mismatches are a street away). */
    static final double MISMATCH_METRES = 600;
    static final double MATCH_METRES = 15;

    private final NamedParameterJdbcTemplate jdbc;
    private final CompoundService compounds;
    private final CatalogueService catalogue;

    CareHistory(NamedParameterJdbcTemplate jdbc, CompoundService compounds, CatalogueService catalogue) {
        this.jdbc = jdbc;
        this.compounds = compounds;
        this.catalogue = catalogue;
    }

    /** @return the ids of the requests written, in the order given */
    @Transactional
    public List<Long> write(String by, List<PastRequest> history) {
        if (history.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.getJdbcTemplate().queryForList(
                "select nextval('care_request_id_seq') from generate_series(1, ?)", Long.class, history.size());
        Map<Long, Map<String, Object>> elders = new HashMap<>();
        jdbc.query("select id, station_id, community_id, compound_id from elder where id in (:ids)",
                Map.of("ids", history.stream().map(PastRequest::elderId).distinct().toList()),
                rs -> {
                    elders.put(rs.getLong("id"), Map.of("station", rs.getLong("station_id"),
                            "community", rs.getLong("community_id"), "compound", rs.getLong("compound_id")));
                });
        Map<Long, Compound> places = new HashMap<>();
        List<SqlParameterSource> requests = new ArrayList<>();
        List<SqlParameterSource> visits = new ArrayList<>();
        List<SqlParameterSource> flags = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            PastRequest p = history.get(i);
            Map<String, Object> elder = elders.get(p.elderId());
            if (elder == null) {
                throw new IllegalArgumentException("no elder " + p.elderId());
            }
            long id = ids.get(i);
            int duration = catalogue.get(p.serviceCode()).durationMinutes();
            Instant bookedFrom = p.caregiverId() == null ? null : p.day().atTime(p.windowStart()).atZone(RequestService.ZONE).toInstant();
            requests.add(new MapSqlParameterSource().addValue("id", id).addValue("elder", p.elderId())
                    .addValue("station", elder.get("station")).addValue("community", elder.get("community"))
                    .addValue("service", p.serviceCode()).addValue("day", p.day()).addValue("from", p.windowStart())
                    .addValue("to", p.windowEnd()).addValue("duration", duration).addValue("channel", p.channel())
                    .addValue("by", by).addValue("priority", p.emergency() ? "EMERGENCY" : "NORMAL")
                    .addValue("status", status(p)).addValue("caregiver", p.caregiverId())
                    .addValue("bookedFrom", utc(bookedFrom))
                    .addValue("bookedUntil", utc(bookedFrom == null ? null : bookedFrom.plusSeconds(60L * duration)))
                    .addValue("assignedBy", p.caregiverId() == null ? null : by).addValue("assignedAt", utc(p.assignedAt()))
                    .addValue("cancelled", p.cancelled() ? "示范历史：已取消 / demo history: cancelled" : null)
                    .addValue("createdAt", utc(p.createdAt())));
            if (p.checkIn() != null) {
                Compound home = places.computeIfAbsent((Long) elder.get("compound"), compounds::get);
                double offset = "MISMATCH".equals(p.positionCheck()) ? MISMATCH_METRES : MATCH_METRES;
                boolean positioned = !"NO_POSITION".equals(p.positionCheck());
                double lon = home.lon() + offset / (111_320 * Math.cos(Math.toRadians(home.lat())));
                double distance = EarthDistance.metres(home.lat(), home.lon(), home.lat(), lon);
                visits.add(new MapSqlParameterSource().addValue("id", id).addValue("service", p.serviceCode())
                        .addValue("elder", p.elderId()).addValue("caregiver", p.caregiverId()).addValue("day", p.day())
                        .addValue("compound", home.id()).addValue("placeLon", home.lon()).addValue("placeLat", home.lat())
                        .addValue("checkIn", utc(p.checkIn())).addValue("checkOut", utc(p.checkOut()))
                        .addValue("lon", positioned ? lon : null).addValue("lat", positioned ? home.lat() : null)
                        .addValue("accuracy", positioned ? 10.0 : null).addValue("distance", positioned ? distance : null)
                        .addValue("outLon", positioned && p.checkOut() != null ? lon : null)
                        .addValue("outLat", positioned && p.checkOut() != null ? home.lat() : null)
                        .addValue("outAccuracy", positioned && p.checkOut() != null ? 10.0 : null)
                        .addValue("outDistance", positioned && p.checkOut() != null ? distance : null)
                        .addValue("check", p.positionCheck()).addValue("exception", p.exception())
                        .addValue("reason", p.exception() == null ? null : "CHECK_IN_" + p.positionCheck())
                        .addValue("resolvedBy", p.exception() == null || "OPEN".equals(p.exception()) ? null : by)
                        .addValue("resolvedAt", p.exception() == null || "OPEN".equals(p.exception()) ? null : utc(p.checkOut()))
                        .addValue("outcome", p.outcome()).addValue("rating", p.rating())
                        .addValue("ratedBy", p.rating() == null ? null : by)
                        .addValue("ratingSource", p.rating() == null ? null : "FAMILY")
                        .addValue("late", Visit.lateMinutes(windowEnd(p), p.checkIn()))
                        .addValue("ratedAt", p.rating() == null ? null : utc(p.checkOut().plusSeconds(3600))));
            }
            for (String kind : p.flags()) {
                Instant raised = windowEnd(p);
                flags.add(new MapSqlParameterSource().addValue("id", id).addValue("kind", kind).addValue("raised", utc(raised)));
            }
        }
        jdbc.batchUpdate("""
                insert into care_request (id, elder_id, station_id, community_id, service_code, day, window_start, window_end,
                    duration_minutes, channel, requested_by, priority, status, caregiver_id, booked_from, booked_until,
                    assigned_by, assigned_at, cancelled_reason, notes, created_at, updated_at)
                values (:id, :elder, :station, :community, :service, :day, :from, :to, :duration, :channel, :by, :priority,
                    :status, :caregiver, :bookedFrom, :bookedUntil, :assignedBy, :assignedAt, :cancelled, '示范历史数据 / demo history',
                    :createdAt, :createdAt)""", requests.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("""
                insert into care_visit (request_id, service_code, elder_id, caregiver_id, day, compound_id, place_lon, place_lat,
                    check_in_at, check_out_at, check_in_lon, check_in_lat, check_in_accuracy_m, check_in_distance_m,
                    check_out_lon, check_out_lat, check_out_accuracy_m, check_out_distance_m, position_check,
                    exception_status, exception_reason, resolved_by, resolved_at, outcome, rating, rated_by, rating_source, rated_at,
                    late_minutes)
                values (:id, :service, :elder, :caregiver, :day, :compound, :placeLon, :placeLat, :checkIn, :checkOut, :lon, :lat,
                    :accuracy, :distance, :outLon, :outLat, :outAccuracy, :outDistance, :check, :exception, :reason,
                    :resolvedBy, :resolvedAt, :outcome, :rating, :ratedBy, :ratingSource, :ratedAt, :late)""", visits.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("insert into care_visit_flag (request_id, kind, raised_at) values (:id, :kind, :raised)",
                flags.toArray(SqlParameterSource[]::new));
        return ids;
    }

    /** Whether any request of this author exists (the demo writes its history once). */
    public boolean writtenBy(String by) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from care_request where requested_by = :by)",
                Map.of("by", by), Boolean.class));
    }

    private static String status(PastRequest p) {
        if (p.cancelled()) {
            return "CANCELLED";
        }
        if (p.checkIn() != null) {
            return p.checkOut() != null ? "DONE" : "IN_PROGRESS";
        }
        return p.caregiverId() != null ? "ASSIGNED" : "OPEN";
    }

    private static Instant windowEnd(PastRequest p) {
        return p.day().atTime(p.windowEnd()).atZone(RequestService.ZONE).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
