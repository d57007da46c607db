package org.lifecircle.engine.cli;

import java.util.List;

/** The input cannot be used; every problem found is listed. The tool then exits with code 2 and writes nothing. */
final class InputException extends Exception {

    private final transient List<Problem> problems;

    InputException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the input, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    InputException(Problem problem) {
        this(List.of(problem));
    }

    List<Problem> problems() {
        return problems;
    }
}
