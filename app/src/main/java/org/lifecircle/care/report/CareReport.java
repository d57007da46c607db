package org.lifecircle.care.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report: the figures of every station, every community and the whole scope (the district, or what the filter
 * chose) over a period, the daily series, each caregiver's workload and the 15-minute walking coverage. Counts and
 * times only; no elder is named. Definitions: docs/CARE.md, "Part D: reports".
 *
 * @param scope what the figures cover: the district, one community or one station
 */
public record CareReport(ReportPeriod period, Instant generatedAt, Place scope, List<Row> stations,
                         List<Row> communities, Row total, List<Day> days, List<Workload> caregivers,
                         CoverageReport coverage) {

    /** {@code DISTRICT}: the whole district as a scope, and the total row of any scope. */
    public enum Level { DISTRICT, COMMUNITY, STATION }

    /** A station, a community or the whole scope; {@code id} null for the district. */
    public record Place(Level level, Long id, String name, String communityName) {
    }

    /** The figures of one place. */
    public record Row(Place place, Requests requests, Completion completion, Punctuality punctuality,
                      Verification verification, Emergencies emergencies, Ratings ratings) {
    }

    /** Requests due in the period (by their day), whatever became of them. */
    public record Requests(long total, long cancelled, long normal, long emergency, Map<String, Long> byChannel,
                           Map<String, Long> byService) {
    }

    /**
     * What became of the requests due (cancelled ones left out), each in exactly one bucket. The rate is completed
     * over settled: everything but what is still to come or in progress.
     */
    public record Completion(long due, long completed, long notHome, long refused, long aborted, long rejected,
                             long missed, long inProgress, long pending, Double rate) {

        public long settled() {
            return due - pending - inProgress;
        }
    }

    /** Check-ins against the window; late minutes over the late check-ins only. */
    public record Punctuality(long checkedIn, long early, long onTime, long late, Double onTimeRate,
                              Double lateMedianMinutes, Double lateP90Minutes, long lateFlags, long missedFlags) {
    }

    /** How the visits' positions compared with the elder's place, and the exception queue. */
    public record Verification(long visits, long matched, long mismatch, long noPosition, long exceptionsOpen,
                               long exceptionsAccepted, long exceptionsRejected, Double matchedRate) {
    }

    /** Emergencies: filing to assignment and filing to the caregiver's check-in, in minutes. */
    public record Emergencies(long count, long cancelled, Times toAssignment, Times toArrival) {
    }

    /** Minutes: how many have the time, the median, the 90th percentile (interpolated) and the longest. */
    public record Times(long count, Double median, Double p90, Double max) {
    }

    public record Ratings(long count, Double average) {
    }

    /** One day of the period (the district or the filter's scope). */
    public record Day(LocalDate day, long requests, long completed, long missed, long late, long emergencies) {
    }

    /** A caregiver's period: visits, hours on visits (check-in to check-out), booked and working hours, ratings. */
    public record Workload(long caregiverId, String name, long stationId, String stationName, boolean active,
                           long visits, long completed, double visitHours, double bookedHours, double workingHours,
                           Double visitShare, Double bookedShare, Ratings ratings) {
    }

    /** Elders within a walk of a station: per station (its own elders), per community and in total (any station). */
    public record CoverageReport(String profile, double metresPerSecond, int minutes, List<CoverageRow> stations,
                                 List<CoverageRow> communities, CoverageRow total, List<UncoveredCompound> uncovered) {
    }

    /** Elders and those covered, in total and by care level ({@code NONE}: not assessed). */
    public record CoverageRow(Place place, long elders, long covered, Double share, Map<String, Count> byLevel) {
    }

    public record Count(long elders, long covered) {
    }

    /** A compound with elders that no station reaches within the limit; {@code minutes} null: not reachable at all. */
    public record UncoveredCompound(long compoundId, String name, String communityName, long elders, Double minutes,
                                    boolean offNetwork) {
    }
}
