package org.lifecircle.directory.hsds;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.atlas.importing.OpeningHours;
import org.lifecircle.atlas.importing.OpeningHours.Period;

/**
 * OpenStreetMap opening hours as HSDS weekly schedules (RFC 5545 style: {@code freq=WEEKLY}, {@code byday}): one
 * schedule per opening period, the days that share it listed together ("Mo-Fr 08:00-18:00" is one schedule with
 * {@code byday=MO,TU,WE,TH,FR}). Times carry China's UTC offset, as the spec asks. A period past midnight closes at the
 * next day's time, said in the notes. Hours that do not parse give one schedule with the text as its description.
 */
final class Schedules {

    private static final String OFFSET = "+08:00";
    private static final int DAY = 24 * 60;

    private Schedules() {
    }

    /** @param ids gives each schedule its stable id from its position */
    static List<Hsds.Schedule> of(String openingHours, String serviceId, java.util.function.IntFunction<String> ids) {
        if (openingHours == null || openingHours.isBlank()) {
            return List.of();
        }
        OpeningHours hours;
        try {
            hours = OpeningHours.parse(openingHours);
        } catch (IllegalArgumentException e) {
            return List.of(new Hsds.Schedule(ids.apply(0), serviceId, null, null, null, null, null, 8, openingHours, null));
        }
        Map<Period, List<String>> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Period p : hours.periods(day)) {
                days.computeIfAbsent(p, k -> new ArrayList<>()).add(day.name().substring(0, 2));
            }
        }
        List<Hsds.Schedule> schedules = new ArrayList<>();
        for (var e : days.entrySet()) {
            Period p = e.getKey();
            boolean overnight = p.end() > DAY;
            String closes = p.end() == DAY ? "23:59" : time(p.end() % DAY);
            schedules.add(new Hsds.Schedule(ids.apply(schedules.size()), serviceId, "WEEKLY", 1, String.join(",", e.getValue()),
                    time(p.start()) + OFFSET, closes + OFFSET, 8, openingHours,
                    overnight ? "closes the next day" : null));
        }
        return schedules;
    }

    private static String time(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
