package org.lifecircle.engine.cli;

/**
 * One thing wrong with the input, shown as {@code file:row:field: reason}. Rows count the header as row 1,
 * as spreadsheets show them; a problem with the whole file has row 0 and no field, and is shown as
 * {@code file: reason}.
 */
record Problem(String file, int row, String field, String reason) {

    static Problem ofFile(String file, String reason) {
        return new Problem(file, 0, "", reason);
    }

    @Override
    public String toString() {
        return row == 0 ? file + ": " + reason : file + ":" + row + ":" + field + ": " + reason;
    }
}
