package org.lifecircle.identity;

import java.util.List;

/**
 * Account input that breaks a rule: each problem names the field and a message key (bundle
 * {@code messages/identity}) with its arguments, so forms and APIs show it in the user's language.
 */
public class InvalidAccountException extends RuntimeException {

    /** One problem: which field, and a message key with its arguments. */
    public record Problem(String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    public InvalidAccountException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidAccountException(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
