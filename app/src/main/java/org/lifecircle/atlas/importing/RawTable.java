package org.lifecircle.atlas.importing;

import java.util.List;

/** A file read as text cells: the header row and the data rows, numbered as Excel shows them. */
record RawTable(List<String> headers, int headerRow, List<Row> rows) {

    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
