package org.lifecircle.atlas.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded file as a {@link RawTable}, whatever it is: XLSX (by its zip signature),
 * GeoJSON (a JSON object) or CSV (UTF-8 with or without BOM, else GB18030 as Chinese Excel
 * saves it). Anything else is one problem for the whole file, never an exception.
 */
final class TableReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TableReader() {
    }

    static RawTable read(ImportKind kind, byte[] bytes, Problems problems) {
        if (bytes.length == 0) {
            problems.add(1, "", "imports.error.empty");
            return null;
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return XlsxTable.read(bytes, problems);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            problems.add(1, "", "imports.error.xls");
            return null;
        }
        String text = decode(bytes);
        if (text == null || text.indexOf('\0') >= 0) {
            problems.add(1, "", "imports.error.unreadable");
            return null;
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
            if (!kind.hasPoints()) {
                problems.add(1, "", "imports.error.geojsonNotAllowed");
                return null;
            }
            return GeoJsonTable.read(trimmed, problems);
        }
        return csv(text, problems);
    }

    /** UTF-8 when the bytes are valid UTF-8 (BOM dropped), else GB18030, else null. */
    static String decode(byte[] bytes) {
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                return charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            } catch (CharacterCodingException notThisOne) {
                // try the next encoding
            }
        }
        return null;
    }

    private static RawTable csv(String text, Problems problems) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<String> headers = null;
        List<RawTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                int number = (int) record.getRecordNumber();
                if (headers == null) {
                    headers = cells;
                } else {
                    rows.add(new RawTable.Row(number, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            // commons-csv reports a broken quote as an UncheckedIOException
            problems.add(1, "", "imports.error.csvSyntax");
            return null;
        }
        if (headers == null) {
            problems.add(1, "", "imports.error.empty");
            return null;
        }
        return new RawTable(headers, 1, rows);
    }

    /** Comma, unless the header line has more semicolons or tabs (European Excel, TSV). */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
