package org.lifecircle.atlas.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one import, so the user sees them all at once. */
final class Problems {

    private final String file;
    private final List<ImportProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(int row, String field, String messageKey, Object... args) {
        list.add(ImportProblem.of(file, row, field == null ? "" : field, messageKey, args));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ImportRejectedException(list);
        }
    }
}
