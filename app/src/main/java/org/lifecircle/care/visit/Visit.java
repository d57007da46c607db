package org.lifecircle.care.visit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One request carried out, as recorded: the six facts frozen at check-in (service, elder, caregiver, day, place,
 * start and end), the two point positions with their distance from the place, the exception queue's state, the
 * outcome and the rating. Names come with it for display (the elder by name only, as in the masked lists).
 *
 * @param exceptionReasons codes: CHECK_IN_MISMATCH, CHECK_IN_NO_POSITION, CHECK_OUT_MISMATCH, CHECK_OUT_NO_POSITION
 * @param lateMinutes      minutes the check-in came after the end of the window, rounded up (0: on time)
 */
public record Visit(long requestId, String serviceCode, long elderId, String elderName, long caregiverId,
                    String caregiverName, LocalDate day, LocalTime windowStart, LocalTime windowEnd, long compoundId,
                    String compoundName, double placeLon, double placeLat, Instant checkInAt, Instant checkOutAt,
                    int lateMinutes, Position checkInPosition, Double checkInDistance, Position checkOutPosition,
                    Double checkOutDistance, PositionCheck positionCheck, String exceptionStatus,
                    List<String> exceptionReasons, String resolvedBy, Instant resolvedAt, String resolutionNote,
                    Outcome outcome, String notes, Integer rating, String ratingComment, String ratedBy,
                    String ratingSource, Instant ratedAt, long stationId, long communityId) {

    public boolean checkedOut() {
        return checkOutAt != null;
    }

    public boolean late() {
        return lateMinutes > 0;
    }

    /**
     * Minutes a check-in at {@code checkIn} comes after {@code windowEnd}, rounded up: any check-in after the window is
     * late, as the reports count it.
     */
    public static int lateMinutes(Instant windowEnd, Instant checkIn) {
        long seconds = Duration.between(windowEnd, checkIn).getSeconds();
        return seconds <= 0 ? 0 : (int) ((seconds + 59) / 60);
    }

    Visit withCompoundName(String name) {
        return new Visit(requestId, serviceCode, elderId, elderName, caregiverId, caregiverName, day, windowStart, windowEnd,
                compoundId, name, placeLon, placeLat, checkInAt, checkOutAt, lateMinutes, checkInPosition, checkInDistance,
                checkOutPosition, checkOutDistance, positionCheck, exceptionStatus, exceptionReasons, resolvedBy, resolvedAt,
                resolutionNote, outcome, notes, rating, ratingComment, ratedBy, ratingSource, ratedAt, stationId, communityId);
    }
}
