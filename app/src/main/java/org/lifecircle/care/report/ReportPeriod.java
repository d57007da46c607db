package org.lifecircle.care.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;

/**
 * The days a report covers, both ends included (days of Asia/Shanghai). Without dates: the last 30 days up to today.
 * At most {@value #MAX_DAYS} days, so a report stays a query, not a batch job.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    /** The period asked for, with the defaults filled in; a bad one is a 400 naming the field. */
    public static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : (from != null ? min(from.plusDays(DEFAULT_DAYS - 1), today) : today);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        List<FieldProblem> problems = new ArrayList<>();
        if (start.isAfter(end)) {
            problems.add(new FieldProblem("to", "care.report.error.toBeforeFrom"));
        } else if (days(start, end) > MAX_DAYS) {
            problems.add(new FieldProblem("to", "care.report.error.tooLong", MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReportPeriod(start, end);
    }

    public long days() {
        return days(from, to);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
