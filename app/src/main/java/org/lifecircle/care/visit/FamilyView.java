package org.lifecircle.care.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.lifecircle.care.request.CareRequest;

/**
 * A request as the family (or the elder's own account) sees it: status, the caregiver's name, check-in and check-out
 * times, the outcome and the rating. Never a position, the caregiver's notes or the exception queue.
 */
public record FamilyView(long id, long elderId, String elderName, String serviceCode, LocalDate day, LocalTime windowStart,
                         LocalTime windowEnd, String status, String caregiverName, Instant checkInAt, Instant checkOutAt,
                         Outcome outcome, Integer rating, String ratingComment, Instant ratedAt, boolean mayRate,
                         int version) {

    static FamilyView of(CareRequest r, Visit v) {
        boolean mayRate = v != null && v.checkedOut() && v.rating() == null;
        return new FamilyView(r.id(), r.elderId(), r.elderName(), r.serviceCode(), r.day(), r.windowStart(), r.windowEnd(),
                r.status().name(), r.caregiverName(), v == null ? null : v.checkInAt(), v == null ? null : v.checkOutAt(),
                v == null ? null : v.outcome(), v == null ? null : v.rating(), v == null ? null : v.ratingComment(),
                v == null ? null : v.ratedAt(), mayRate, r.version());
    }
}
