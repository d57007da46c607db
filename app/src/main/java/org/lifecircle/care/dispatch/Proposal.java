package org.lifecircle.care.dispatch;

import java.time.LocalTime;
import java.util.List;

import org.lifecircle.care.caregiver.TravelMode;

/**
 * One caregiver considered for a request: either a candidate, ranked, with the start the platform would book, or
 * left out with the reason (no valid certificate, off shift, busy in the window).
 *
 * @param fromRequest     the visit the caregiver comes from (null: from the station)
 * @param travelSeconds   from the station or the previous visit to the elder's compound, in the caregiver's mode
 * @param assignedMinutes the caregiver's minutes already booked that day (fairness)
 * @param score           lower is better: travel seconds plus the workload weight times the booked seconds
 * @param reasons         message keys with arguments, why this rank or why left out
 */
public record Proposal(long caregiverId, String caregiverName, long stationId, String stationName, TravelMode travelMode,
                       boolean eligible, int rank, LocalTime start, Long fromRequest, long travelSeconds,
                       boolean travelEstimated, int assignedMinutes, double score, List<Reason> reasons) {

    /** A message key and its arguments, translated for the reader. */
    public record Reason(String key, Object... args) {
    }

    Proposal ranked(int newRank) {
        return new Proposal(caregiverId, caregiverName, stationId, stationName, travelMode, eligible, newRank, start,
                fromRequest, travelSeconds, travelEstimated, assignedMinutes, score, reasons);
    }
}
