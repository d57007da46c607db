package org.lifecircle.atlas.importing;

import java.util.List;

/**
 * One thing wrong with an import: where (file, row as Excel numbers it, header = 1; field as
 * the file names it, blank for the whole row or file) and what, as a message key with
 * arguments so the web edge can say it in the user's language.
 */
public record ImportProblem(String file, int row, String field, String messageKey, List<Object> args) {

    public ImportProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static ImportProblem of(String file, int row, String field, String messageKey, Object... args) {
        return new ImportProblem(file, row, field, messageKey, List.of(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
