package org.lifecircle.planning.siting;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lifecircle.atlas.importing.ImportProblem;
import org.lifecircle.atlas.importing.ImportRejectedException;

/**
 * Candidate sites from a CSV file as planners keep them: columns {@code name}/{@code 名称}, {@code lon}/{@code 经度},
 * {@code lat}/{@code 纬度} and optionally {@code crs}/{@code 坐标系} (WGS84, GCJ02 or BD09; WGS84 when absent), in
 * UTF-8 (with or without BOM) or GB18030. Every row is checked; any problem rejects the whole file, each named by
 * file, row (the header is row 1) and column.
 */
final class CandidateCsv {

    static final int MAX_ROWS = 10_000;
    private static final Map<String, String> HEADERS = Map.of("name", "name", "名称", "name", "lon", "lon", "经度", "lon",
            "lat", "lat", "纬度", "lat", "crs", "crs", "坐标系", "crs");

    private CandidateCsv() {
    }

    static List<SitingForm.CandidatePoint> read(String file, byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        List<SitingForm.CandidatePoint> points = new ArrayList<>();
        try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(decode(bytes)))) {
            Map<String, String> columns = new java.util.HashMap<>();
            for (String h : csv.getHeaderNames()) {
                String known = HEADERS.get(h.strip().toLowerCase(Locale.ROOT));
                if (known != null) {
                    columns.put(known, h);
                }
            }
            for (String required : List.of("lon", "lat")) {
                if (!columns.containsKey(required)) {
                    problems.add(ImportProblem.of(file, 1, required, "planning.siting.csv.missingColumn", required));
                }
            }
            if (problems.isEmpty()) {
                for (CSVRecord record : csv) {
                    int row = (int) record.getRecordNumber() + 1;
                    if (row > MAX_ROWS + 1) {
                        problems.add(ImportProblem.of(file, row, "", "planning.siting.csv.tooManyRows", MAX_ROWS));
                        break;
                    }
                    points.add(point(file, row, record, columns, problems));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(ImportProblem.of(file, 0, "", "planning.siting.csv.unreadable"));
        }
        if (points.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.of(file, 2, "", "planning.siting.csv.empty"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return points;
    }

    private static SitingForm.CandidatePoint point(String file, int row, CSVRecord r, Map<String, String> columns,
                                                   List<ImportProblem> problems) {
        String name = value(r, columns.get("name"));
        Double lon = number(file, row, r, columns.get("lon"), -180, 180, problems);
        Double lat = number(file, row, r, columns.get("lat"), -90, 90, problems);
        String crs = value(r, columns.get("crs"));
        if (crs == null || crs.isEmpty()) {
            crs = "WGS84";
        } else {
            crs = crs.toUpperCase(Locale.ROOT).replace("-", "");
            if (!List.of("WGS84", "GCJ02", "BD09").contains(crs)) {
                problems.add(ImportProblem.of(file, row, columns.get("crs"), "planning.siting.csv.crs", value(r, columns.get("crs"))));
            }
        }
        if (name != null && name.length() > 150) {
            problems.add(ImportProblem.of(file, row, columns.get("name"), "planning.siting.csv.nameTooLong", 150));
        }
        return new SitingForm.CandidatePoint(name, lon, lat, crs);
    }

    private static Double number(String file, int row, CSVRecord r, String column, double min, double max,
                                 List<ImportProblem> problems) {
        String text = value(r, column);
        if (text == null || text.isEmpty()) {
            problems.add(ImportProblem.of(file, row, column, "planning.siting.csv.required"));
            return null;
        }
        try {
            double v = Double.parseDouble(text);
            if (v < min || v > max || Double.isNaN(v)) {
                problems.add(ImportProblem.of(file, row, column, "planning.siting.csv.range", text, min, max));
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.of(file, row, column, "planning.siting.csv.number", text));
            return null;
        }
    }

    private static String value(CSVRecord r, String column) {
        return column == null || !r.isSet(column) ? null : r.get(column).strip();
    }

    /** UTF-8 (a BOM dropped) when the bytes are valid UTF-8, else GB18030, as Excel in China saves CSV. */
    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
