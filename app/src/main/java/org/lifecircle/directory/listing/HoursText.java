package org.lifecircle.directory.listing;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lifecircle.atlas.importing.OpeningHours;
import org.lifecircle.atlas.importing.OpeningHours.Period;

/**
 * Opening hours as a reader says them, not in OpenStreetMap's syntax: "Mo-Fr 08:00-18:00; Sa 09:00-12:00" is
 * "周一至周五 08:00-18:00；周六 09:00-12:00；周日休息" (or "Mon–Fri 08:00-18:00; Sat 09:00-12:00; Sun closed"). Days in
 * a row with the same hours are one range; the same hours every day is "每天" (daily); hours this does not understand
 * are shown as written.
 */
public final class HoursText {

    private static final String[] ZH = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    private static final String[] EN = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final int DAY = 24 * 60;

    private HoursText() {
    }

    public static String of(String osm, Locale locale) {
        if (osm == null || osm.isBlank()) {
            return null;
        }
        OpeningHours hours;
        try {
            hours = OpeningHours.parse(osm);
        } catch (IllegalArgumentException e) {
            return osm;
        }
        boolean zh = !"en".equals(locale.getLanguage());
        List<List<Period>> week = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            week.add(hours.periods(d));
        }
        if (week.stream().allMatch(p -> p.equals(List.of(new Period(0, DAY))))) {
            return zh ? "24小时营业" : "Open 24 hours";
        }
        if (week.stream().allMatch(p -> p.equals(week.get(0)))) {
            return (zh ? "每天 " : "Daily ") + periods(week.get(0), zh);
        }
        List<String> parts = new ArrayList<>();
        for (int from = 0; from < 7; ) {
            int to = from;
            while (to + 1 < 7 && week.get(to + 1).equals(week.get(from))) {
                to++;
            }
            String[] names = zh ? ZH : EN;
            String days = from == to ? names[from] : names[from] + (zh ? "至" : "–") + names[to];
            boolean closed = week.get(from).isEmpty();
            parts.add(days + (zh && closed ? "" : " ") + periods(week.get(from), zh)); // 周日休息, 周六 09:00-12:00
            from = to + 1;
        }
        return String.join(zh ? "；" : "; ", parts);
    }

    private static String periods(List<Period> periods, boolean zh) {
        if (periods.isEmpty()) {
            return zh ? "休息" : "closed";
        }
        List<String> out = new ArrayList<>();
        for (Period p : periods) {
            String end = p.end() > DAY ? (zh ? "次日" : "") + time(p.end() - DAY) + (zh ? "" : " next day") : time(p.end());
            out.add(time(p.start()) + "-" + end);
        }
        return String.join(zh ? "、" : ", ", out);
    }

    private static String time(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
