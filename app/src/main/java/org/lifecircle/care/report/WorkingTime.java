package org.lifecircle.care.report;

import java.time.LocalDate;
import java.util.Set;

import org.lifecircle.atlas.importing.OpeningHours;

/**
 * A caregiver's working time over a period, from their weekly hours (OpenStreetMap syntax, read with atlas' parser as
 * dispatch does): the minutes of every day's shifts, days off (absences) left out. A shift that runs past midnight
 * counts for the day it starts.
 */
final class WorkingTime {

    private WorkingTime() {
    }

    /** Working minutes from {@code from} to {@code to} (both included); unreadable hours count as none. */
    static long minutes(String weeklyHours, LocalDate from, LocalDate to, Set<LocalDate> absent) {
        OpeningHours hours;
        try {
            hours = OpeningHours.parse(weeklyHours);
        } catch (IllegalArgumentException e) {
            return 0;
        }
        long total = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!absent.contains(day)) {
                total += hours.periods(day.getDayOfWeek()).stream().mapToLong(p -> p.end() - p.start()).sum();
            }
        }
        return total;
    }
}
