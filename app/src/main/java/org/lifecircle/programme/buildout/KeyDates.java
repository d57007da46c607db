package org.lifecircle.programme.buildout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;

/**
 * The key dates of a planned center and the rules they obey: the day each stage began (empty
 * for stages not reached yet, required for those reached), in order, none in the future; the
 * planned opening not before construction starts. Plain values, so the rules are tested
 * without a database.
 */
public record KeyDates(LocalDate sitedOn, LocalDate constructionStartedOn, LocalDate preparationStartedOn,
                       LocalDate plannedOpeningOn, LocalDate openedOn) {

    /** The day a stage began, null when not reached. */
    public LocalDate of(BuildStatus stage) {
        return switch (stage) {
            case SITED -> sitedOn;
            case UNDER_CONSTRUCTION -> constructionStartedOn;
            case PREPARING -> preparationStartedOn;
            case OPEN -> openedOn;
        };
    }

    /** The same dates with one stage's date replaced. */
    KeyDates with(BuildStatus stage, LocalDate date) {
        return new KeyDates(stage == BuildStatus.SITED ? date : sitedOn,
                stage == BuildStatus.UNDER_CONSTRUCTION ? date : constructionStartedOn,
                stage == BuildStatus.PREPARING ? date : preparationStartedOn, plannedOpeningOn,
                stage == BuildStatus.OPEN ? date : openedOn);
    }

    /** Everything wrong with these dates for a center at {@code status}, by field; empty when all is well. */
    public List<FieldProblem> problems(BuildStatus status, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate previous = null;
        for (BuildStatus stage : BuildStatus.values()) {
            LocalDate date = of(stage);
            String field = stage.dateField();
            if (stage.reached(status) && date == null) {
                problems.add(new FieldProblem(field, "programme.date.required"));
            } else if (!stage.reached(status) && date != null) {
                problems.add(new FieldProblem(field, "programme.date.notReached"));
            } else if (date != null && date.isAfter(today)) {
                problems.add(new FieldProblem(field, "programme.date.future", today));
            } else if (date != null && previous != null && date.isBefore(previous)) {
                problems.add(new FieldProblem(field, "programme.date.beforePrevious", previous));
            }
            if (date != null) {
                previous = date;
            }
        }
        // "no opening before construction": the plan may be set before construction starts
        LocalDate earliestOpening = constructionStartedOn != null ? constructionStartedOn : sitedOn;
        if (plannedOpeningOn != null && earliestOpening != null && plannedOpeningOn.isBefore(earliestOpening)) {
            problems.add(new FieldProblem("plannedOpeningOn", "programme.date.plannedTooEarly", earliestOpening));
        }
        return problems;
    }

    /** @throws InvalidInputException listing every problem of {@link #problems} */
    public void check(BuildStatus status, LocalDate today) {
        List<FieldProblem> problems = problems(status, today);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * The dates after a status change on {@code on}. Forward, one stage at a time: the new stage
     * begins that day. Back (a setback or a correction): the stages after the new one are undone.
     * The history stays in order: no change dated before the current stage began or before the
     * last recorded change.
     *
     * @param lastChangeOn the date of the last history entry, null if none
     * @throws InvalidInputException naming {@code status} or {@code date}
     */
    public KeyDates afterChange(BuildStatus current, BuildStatus next, LocalDate on, LocalDate lastChangeOn,
                                LocalDate today) {
        if (next == current) {
            throw new InvalidInputException("status", "programme.status.unchanged");
        }
        if (next.ordinal() > current.ordinal() + 1) {
            throw new InvalidInputException("status", "programme.status.oneStepAtATime");
        }
        LocalDate notBefore = latest(of(current), lastChangeOn);
        if (notBefore != null && on.isBefore(notBefore)) {
            throw new InvalidInputException("date", "programme.date.beforePrevious", notBefore);
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("date", "programme.date.future", today);
        }
        if (next.ordinal() > current.ordinal()) {
            return with(next, on);
        }
        KeyDates undone = this;
        for (BuildStatus stage : BuildStatus.values()) {
            if (!stage.reached(next)) {
                undone = undone.with(stage, null);
            }
        }
        return undone;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
