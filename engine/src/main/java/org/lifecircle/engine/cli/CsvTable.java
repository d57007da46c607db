package org.lifecircle.engine.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file read into rows of known {@link Column}s: comma-separated, RFC 4180 quoting, UTF-8 with or
 * without a BOM (GB18030, as Chinese Excel saves it, is accepted too), the first row holding the headers.
 * Rows are numbered as a spreadsheet shows them (header = row 1); blank rows are skipped. Headers that
 * name no known column are kept aside (the caller reports them); a missing required column, a column
 * given twice, or cells beyond the last header are problems.
 */
final class CsvTable {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** One data row: its number and its cells by column (blank when absent). */
    record Row(int number, Map<Column, String> cells) {
        String get(Column column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    private final String file;
    private final Set<Column> columns;
    private final List<Row> rows;
    private final List<String> ignoredHeaders;

    private CsvTable(String file, Set<Column> columns, List<Row> rows, List<String> ignoredHeaders) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
        this.ignoredHeaders = ignoredHeaders;
    }

    String file() {
        return file;
    }

    boolean has(Column column) {
        return columns.contains(column);
    }

    List<Row> rows() {
        return rows;
    }

    List<String> ignoredHeaders() {
        return ignoredHeaders;
    }

    /**
     * Reads {@code path}, accepting the {@code required} and {@code optional} columns.
     *
     * @throws InputException when the file cannot be read or its header is unusable (row problems are
     *                        left to the caller, which knows what the cells mean)
     */
    static CsvTable read(Path path, Set<Column> required, Set<Column> optional) throws InputException {
        String file = path.toString();
        List<CSVRecord> records = parse(file, decode(file, path));
        if (records.isEmpty()) {
            throw new InputException(Problem.ofFile(file, "the file is empty: a header row is needed"));
        }
        List<String> headers = records.get(0).toList();
        Map<Integer, Column> columnAt = new HashMap<>();
        Map<Column, String> seen = new EnumMap<>(Column.class);
        List<String> ignored = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            Column column = required.stream().filter(c -> c.accepts(header)).findFirst()
                    .or(() -> optional.stream().filter(c -> c.accepts(header)).findFirst()).orElse(null);
            if (column == null) {
                if (!Column.normalize(header).isEmpty()) {
                    ignored.add(header.strip());
                }
            } else if (seen.containsKey(column)) {
                problems.add(new Problem(file, 1, header.strip(), "column " + column.header() + " is given twice (also as '"
                        + seen.get(column) + "')"));
            } else {
                seen.put(column, header.strip());
                columnAt.put(i, column);
            }
        }
        for (Column c : required) {
            if (!seen.containsKey(c)) {
                problems.add(new Problem(file, 1, c.header(), "missing column " + c.header() + " (headers found: "
                        + String.join(", ", headers) + ")"));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int number = (int) record.getRecordNumber();
            List<String> cells = record.toList();
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<Column, String> byColumn = new EnumMap<>(Column.class);
            for (int i = 0; i < cells.size(); i++) {
                if (columnAt.containsKey(i)) {
                    byColumn.put(columnAt.get(i), cells.get(i));
                } else if (i >= headers.size() && !cells.get(i).isBlank()) {
                    problems.add(new Problem(file, number, "column " + (i + 1), "'" + cells.get(i).strip()
                            + "' has no header; the header row has " + headers.size() + " columns"));
                }
            }
            rows.add(new Row(number, byColumn));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (rows.isEmpty()) {
            throw new InputException(Problem.ofFile(file, "no data rows under the header"));
        }
        return new CsvTable(file, seen.keySet(), rows, ignored);
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM dropped), else GB18030. */
    private static String decode(String file, Path path) throws InputException {
        if (!Files.isRegularFile(path)) {
            throw new InputException(Problem.ofFile(file, "no such file"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(file, "cannot read: " + e.getMessage()));
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                String text = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
                if (text.indexOf('\0') < 0) {
                    return text;
                }
            } catch (CharacterCodingException notThisOne) {
                // try the next encoding
            }
        }
        throw new InputException(Problem.ofFile(file, "not a text file (neither UTF-8 nor GB18030)"));
    }

    private static List<CSVRecord> parse(String file, String text) throws InputException {
        // empty lines are kept so record numbers stay spreadsheet row numbers; blank rows are skipped later
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                records.add(record);
            }
        } catch (IOException | UncheckedIOException e) {
            // commons-csv reports a broken quote as an UncheckedIOException naming the line
            throw new InputException(Problem.ofFile(file, "not valid CSV: " + rootMessage(e)));
        }
        return records;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
