package org.lifecircle.care.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A request for one visit. The elder appears by name and compound only (what part A's masked lists show); the
 * position is the compound's, enough for the map and for travel times, never the elder's address.
 *
 * @param windowStart the visit starts within [windowStart, windowEnd]
 * @param version     raised by every change; an assignment names the version it was decided on
 * @param bookedFrom  the caregiver's time the visit takes, when assigned
 */
public record CareRequest(long id, long elderId, String elderName, long stationId, String stationName, long communityId,
                          long compoundId, String compoundName, double lon, double lat,
                          String serviceCode, LocalDate day, LocalTime windowStart, LocalTime windowEnd,
                          int durationMinutes, String notes, Channel channel, String requestedBy, Priority priority,
                          RequestStatus status, int version, Long seriesId, Long caregiverId, String caregiverName,
                          Instant bookedFrom, Instant bookedUntil, String assignedBy, String overrideReason,
                          Instant createdAt) {

    public boolean emergency() {
        return priority == Priority.EMERGENCY;
    }
}
