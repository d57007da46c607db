package org.lifecircle.atlas.importing;

import java.util.List;

/** An import that wrote nothing because of the problems it carries (never empty). */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " import problem(s), first: " + (problems.isEmpty() ? "-" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
