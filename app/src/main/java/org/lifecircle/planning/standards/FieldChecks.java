package org.lifecircle.planning.standards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;

/**
 * Collects every problem of a standards form before anything is saved, so the planner sees all of
 * them at once, each on its field, and nothing changes until all are put right.
 */
final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    FieldChecks text(String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "planning.standards.error.required"));
            }
        } else if (value.strip().length() > maxLength) {
            problems.add(new FieldProblem(field, "planning.standards.error.tooLong", maxLength));
        }
        return this;
    }

    FieldChecks present(String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "planning.standards.error.required"));
        }
        return this;
    }

    /** Every code must be one of the catalogue's active kinds or groups. */
    FieldChecks codes(String field, List<String> codes, Set<String> known, boolean required) {
        if (codes.isEmpty() && required) {
            problems.add(new FieldProblem(field, "planning.standards.error.required"));
        }
        codes.stream().filter(c -> !known.contains(c))
                .forEach(c -> problems.add(new FieldProblem(field, "planning.standards.error.code", c)));
        if (String.join("|", codes).length() > 300) {
            problems.add(new FieldProblem(field, "planning.standards.error.tooLong", 300));
        }
        return this;
    }

    /** Null is left to the check of what it derives from (a requirement's minutes default to its tier's). */
    FieldChecks minutes(String field, Integer minutes) {
        if (minutes != null && (minutes < 1 || minutes > 60)) {
            problems.add(new FieldProblem(field, "planning.standards.error.minutes", minutes));
        }
        return this;
    }

    FieldChecks positiveOrEmpty(String field, Integer value) {
        if (value != null && value <= 0) {
            problems.add(new FieldProblem(field, "planning.standards.error.positive", value));
        }
        return this;
    }

    FieldChecks area(String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(new BigDecimal("999999999")) > 0) {
            problems.add(new FieldProblem(field, "planning.standards.error.area", String.valueOf(value)));
        }
        return this;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
