package org.lifecircle.atlas.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a file's header row onto a format's columns. Unknown, duplicate and missing required
 * headers are problems on row 1 (the header row): an unknown column would silently drop data.
 */
final class Headers {

    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Map<String, String> labelByKey = new HashMap<>();
    private final boolean chinese;

    private Headers(boolean chinese) {
        this.chinese = chinese;
    }

    static Headers map(List<String> raw, int headerRow, List<Column> columns, Problems problems) {
        boolean chinese = raw.stream().anyMatch(h -> h != null && h.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        Headers headers = new Headers(chinese);
        for (int i = 0; i < raw.size(); i++) {
            String header = raw.get(i) == null ? "" : raw.get(i).strip();
            if (Column.normalise(header).isEmpty()) {
                continue; // Excel often carries empty trailing columns
            }
            Column column = columns.stream().filter(c -> c.accepts(header)).findFirst().orElse(null);
            if (column == null) {
                problems.add(headerRow, header, "imports.error.header.unknown", header);
            } else if (headers.indexByKey.containsKey(column.key())) {
                problems.add(headerRow, header, "imports.error.header.duplicate", header);
            } else {
                headers.indexByKey.put(column.key(), i);
                headers.labelByKey.put(column.key(), header);
            }
        }
        for (Column column : columns) {
            if (column.required() && !headers.indexByKey.containsKey(column.key())) {
                String label = headers.label(column);
                problems.add(headerRow, label, "imports.error.header.missing", label);
            }
        }
        return headers;
    }

    boolean has(String key) {
        return indexByKey.containsKey(key);
    }

    Integer index(String key) {
        return indexByKey.get(key);
    }

    /** The header as the file wrote it; for an absent column, in the file's language. */
    String label(String key) {
        String label = labelByKey.get(key);
        return label != null ? label : key;
    }

    private String label(Column column) {
        return labelByKey.getOrDefault(column.key(), chinese ? column.zh() : column.key());
    }
}
