package org.lifecircle.atlas.importing;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed subset of OpenStreetMap's {@code opening_hours}: {@code 24/7}; rules separated by
 * {@code ;}, each with optional weekdays ({@code Mo-Fr}, {@code Sa,Su}, {@code Mo-We,Fr}) and
 * either time ranges ({@code 08:00-12:00,14:00-21:00}, past midnight as {@code 18:00-02:00})
 * or {@code off}. A rule without days means every day; a later rule replaces earlier ones on
 * the days it names, as in OSM. Public holidays, months and comments are not understood and
 * are rejected rather than guessed. Immutable and thread-safe.
 */
public final class OpeningHours {

    private static final List<String> DAYS = List.of("mo", "tu", "we", "th", "fr", "sa", "su");
    private static final int DAY = 24 * 60;

    /** Minutes from the day's midnight, end exclusive; an end beyond 24:00 runs into the next day. */
    private final Map<DayOfWeek, List<int[]>> intervals;

    private OpeningHours(Map<DayOfWeek, List<int[]>> intervals) {
        this.intervals = intervals;
    }

    /** @throws IllegalArgumentException with a short English reason if the text is not understood */
    public static OpeningHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty");
        }
        Map<DayOfWeek, List<int[]>> intervals = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            intervals.put(day, List.of());
        }
        String normal = text.strip().replace('：', ':').replace('；', ';').replace('，', ',')
                .replace('–', '-').replace('～', '-').replace('~', '-');
        if (normal.equals("24/7")) {
            for (DayOfWeek day : DayOfWeek.values()) {
                intervals.put(day, List.of(new int[] {0, DAY}));
            }
            return new OpeningHours(intervals);
        }
        for (String rule : normal.split(";")) {
            if (!rule.isBlank()) {
                applyRule(rule.strip(), intervals);
            }
        }
        return new OpeningHours(intervals);
    }

    private static void applyRule(String rule, Map<DayOfWeek, List<int[]>> intervals) {
        String[] parts = rule.split("\\s+", 2);
        List<DayOfWeek> days;
        String times;
        if (Character.isLetter(parts[0].charAt(0)) && !parts[0].equalsIgnoreCase("off")) {
            days = days(parts[0]);
            times = parts.length > 1 ? parts[1].strip() : null;
            if (times == null) {
                throw new IllegalArgumentException("no times after '" + parts[0] + "'");
            }
        } else {
            days = List.of(DayOfWeek.values());
            times = rule;
        }
        List<int[]> ranges = times.equalsIgnoreCase("off") || times.equalsIgnoreCase("closed") ? List.of() : ranges(times);
        for (DayOfWeek day : days) {
            intervals.put(day, ranges);
        }
    }

    private static List<DayOfWeek> days(String text) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] range = item.split("-");
            if (range.length > 2) {
                throw new IllegalArgumentException("bad day range '" + item + "'");
            }
            int from = day(range[0]);
            int to = range.length == 2 ? day(range[1]) : from;
            for (int d = from; ; d = (d + 1) % 7) {  // Sa-Mo wraps over the week's end
                days.add(DayOfWeek.of(d + 1));
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static int day(String text) {
        int index = DAYS.indexOf(text.strip().toLowerCase(Locale.ROOT));
        if (index < 0) {
            throw new IllegalArgumentException("unknown day '" + text + "'");
        }
        return index;
    }

    private static List<int[]> ranges(String text) {
        List<int[]> ranges = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] ends = item.strip().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("bad time range '" + item.strip() + "'");
            }
            int start = minutes(ends[0]);
            int end = minutes(ends[1]);
            if (start >= DAY) {
                throw new IllegalArgumentException("start after 24:00 in '" + item.strip() + "'");
            }
            if (end <= start) {
                end += DAY; // past midnight: 18:00-02:00
            }
            ranges.add(new int[] {start, end});
        }
        return List.copyOf(ranges);
    }

    private static int minutes(String text) {
        String t = text.strip();
        if (!t.matches("\\d{1,2}:\\d{2}")) {
            throw new IllegalArgumentException("bad time '" + t + "'");
        }
        int hours = Integer.parseInt(t.substring(0, t.indexOf(':')));
        int minutes = Integer.parseInt(t.substring(t.indexOf(':') + 1));
        if (hours > 48 || minutes > 59 || (hours == 48 && minutes > 0)) {
            throw new IllegalArgumentException("bad time '" + t + "'");
        }
        return hours * 60 + minutes;
    }

    /** Whether the place is open at this local time (ranges from the day before that run past midnight count). */
    public boolean isOpen(LocalDateTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        for (int[] range : intervals.get(time.getDayOfWeek())) {
            if (minute >= range[0] && minute < range[1]) {
                return true;
            }
        }
        for (int[] range : intervals.get(time.getDayOfWeek().minus(1))) {
            if (minute + DAY >= range[0] && minute + DAY < range[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day's opening periods as minutes from its midnight, in the order written; an end beyond 1440 runs into
     * the next day. For exports that spell the hours out day by day (the directory's HSDS schedules).
     */
    public List<Period> periods(DayOfWeek day) {
        return intervals.get(day).stream().map(r -> new Period(r[0], r[1])).toList();
    }

    /** An opening period in minutes from the day's midnight; {@code end} may pass 1440 (open past midnight). */
    public record Period(int start, int end) {
    }

    /** Whether it is never open (every day off). */
    public boolean isAlwaysClosed() {
        return intervals.values().stream().allMatch(List::isEmpty);
    }
}
