package org.lifecircle.care.routes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A station's planned day: each caregiver's stops in order with arrival and start times, and the requests no route
 * could take.
 *
 * @param stale true when a request was added or a caregiver dropped out after planning (a re-plan is due)
 */
public record DayPlan(long stationId, LocalDate day, Instant plannedAt, String plannedBy, long travelSeconds,
                      List<Long> dropped, boolean stale, List<Route> routes) {

    public record Route(long caregiverId, String caregiverName, List<Stop> stops) {
    }

    public record Stop(long requestId, String elderName, String compoundName, String serviceCode, LocalTime arrival,
                       LocalTime start, LocalTime windowStart, LocalTime windowEnd, int durationMinutes) {
    }
}
