package org.lifecircle.care.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A visit flagged to the dispatcher: LATE (no check-in by the end of its window) or MISSED (none by the end plus the
 * grace, or by midnight). {@code status} is the request's now (it may have been checked in since a LATE flag).
 */
public record VisitFlag(long requestId, String kind, Instant raisedAt, String acknowledgedBy, Instant acknowledgedAt,
                        String serviceCode, String elderName, LocalDate day, LocalTime windowStart, LocalTime windowEnd,
                        String status, String caregiverName, String stationName) {
}
