package org.lifecircle.programme.buildout;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The programme as a Gantt chart, laid out on the server so the page needs no script: one row per
 * center with a bar for each stage it has reached (sited → construction → preparing → open), a
 * marker at the planned opening, and a line at the date the programme was last reported on.
 * Positions are percentages of the chart's width, from 1 January of the first year shown to
 * 1 January after the last.
 *
 * @param asOf the latest date anything was reported (a stage began), see {@link #asOf}; the stages
 *             in progress run to it. It must not lie before any center's dates.
 */
public record Timeline(LocalDate from, LocalDate to, LocalDate asOf, double asOfAt, List<Tick> years, List<Row> rows) {

    public record Tick(int year, double at) {
    }

    /** One stage of one center, from the day it began to the next stage (or {@code asOf}). */
    public record Bar(BuildStatus status, LocalDate from, LocalDate to, double at, double width) {
    }

    /** @param plannedAt where the planned opening lies, null when none or already open */
    public record Row(PlannedCenter center, List<Bar> bars, Double plannedAt, boolean overdue) {
    }

    /** The latest actual date in the programme (key dates and history), else {@code today}. */
    public static LocalDate asOf(List<PlannedCenter> centers, LocalDate today) {
        return centers.stream()
                .flatMap(c -> Stream.concat(
                        Stream.of(BuildStatus.values()).map(c.dates()::of),
                        c.history().stream().map(StatusChange::effectiveOn)))
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(today);
    }

    public static Timeline of(List<PlannedCenter> centers, LocalDate asOf) {
        LocalDate first = centers.stream().map(PlannedCenter::sitedOn).min(LocalDate::compareTo).orElse(asOf);
        LocalDate last = centers.stream().map(PlannedCenter::plannedOpeningOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo).filter(asOf::isBefore).orElse(asOf);
        LocalDate from = LocalDate.of(first.getYear(), 1, 1);
        LocalDate to = LocalDate.of(last.getYear() + 1, 1, 1);
        Scale scale = new Scale(from, to);
        List<Tick> years = new ArrayList<>();
        for (int year = from.getYear(); year < to.getYear(); year++) {
            years.add(new Tick(year, scale.at(LocalDate.of(year, 1, 1))));
        }
        List<Row> rows = centers.stream().map(c -> row(c, asOf, scale)).toList();
        return new Timeline(from, to, asOf, scale.at(asOf), years, rows);
    }

    private static Row row(PlannedCenter center, LocalDate asOf, Scale scale) {
        KeyDates dates = center.dates();
        List<Bar> bars = new ArrayList<>();
        BuildStatus[] stages = BuildStatus.values();
        for (int i = 0; i < stages.length && stages[i].reached(center.status()); i++) {
            LocalDate start = dates.of(stages[i]);
            LocalDate end = i + 1 < stages.length && stages[i + 1].reached(center.status())
                    ? dates.of(stages[i + 1]) : asOf;
            bars.add(new Bar(stages[i], start, end, scale.at(start), scale.at(end) - scale.at(start)));
        }
        boolean open = center.status() == BuildStatus.OPEN;
        Double plannedAt = open || center.plannedOpeningOn() == null ? null : scale.at(center.plannedOpeningOn());
        return new Row(center, bars, plannedAt, center.overdue(asOf));
    }

    private record Scale(LocalDate from, LocalDate to) {

        double at(LocalDate date) {
            double days = ChronoUnit.DAYS.between(from, to);
            double offset = ChronoUnit.DAYS.between(from, date);
            return Math.round(Math.max(0, Math.min(days, offset)) / days * 1000) / 10.0;
        }
    }
}
