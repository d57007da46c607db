package org.lifecircle.shared;

import java.util.Arrays;
import java.util.List;

/**
 * Input that breaks a rule the forms cannot express (a reference to a missing record, a value
 * out of range). Carries message keys with arguments so the user reads it in their language.
 */
public class InvalidInputException extends RuntimeException {

    /** One problem: which field, and a message key with its arguments. */
    public record FieldProblem(String field, String messageKey, Object... args) {

        /** For logs: {@code field: key [args]} (a record would print the arguments' array as an address). */
        @Override
        public String toString() {
            return field + ": " + messageKey + " " + Arrays.toString(args);
        }
    }

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new FieldProblem(field, messageKey, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
