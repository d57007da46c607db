package org.lifecircle.atlas.importing;

/** Resolving a code-or-name cell against a {@link NameIndex}, with the problem when it fails. */
final class References {

    private References() {
    }

    /**
     * @param what message-key segment: community, subDistrict, center, category
     * @return the id, or null (and a problem) when the cell names nothing or several records
     */
    static Long resolve(RowReader row, String key, NameIndex index, String what) {
        String value = row.text(key);
        if (value == null) {
            return null;
        }
        Long id = index.find(value);
        if (id == null) {
            row.problem(key, "imports.error." + what + ".unknown", value);
            return null;
        }
        if (id == NameIndex.AMBIGUOUS) {
            row.problem(key, "imports.error." + what + ".ambiguous", value);
            return null;
        }
        return id;
    }
}
