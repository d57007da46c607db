package org.lifecircle.engine.cli;

import org.lifecircle.engine.geo.ChinaCoordinates;
import org.lifecircle.engine.geo.CoordinateSystem;
import org.lifecircle.engine.geo.LonLat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the compounds and facilities files. Every problem of a file is collected (not only the first), so
 * one run shows all that needs fixing. Coordinates are converted to WGS-84 with {@link ChinaCoordinates};
 * a GCJ-02 or BD-09 point outside China is a problem (such data was mislabelled).
 */
final class InputFiles {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Rows read so far, or the problems that stop them from being used. */
    record Read<T>(List<T> rows, List<String> ignoredHeaders, List<Problem> problems) {
    }

    private InputFiles() {
    }

    static Read<Compound> compounds(Path path, CoordinateSystem defaultCrs) {
        return read(path, EnumSet.of(Column.LON, Column.LAT, Column.POPULATION),
                EnumSet.of(Column.ID, Column.NAME, Column.GROUP, Column.CRS), (table, row, problems) -> {
                    LonLat p = position(table, row, defaultCrs, problems);
                    double population = number(table, row, Column.POPULATION, problems);
                    if (population < 0) {
                        problems.add(new Problem(table.file(), row.number(), Column.POPULATION.header(),
                                "must be 0 or more, was " + row.get(Column.POPULATION)));
                    }
                    return p == null || !(population >= 0) ? null : new Compound(row.number(), id(row), row.get(Column.NAME),
                            row.get(Column.GROUP), p.lon(), p.lat(), population);
                });
    }

    static Read<Facility> facilities(Path path, CoordinateSystem defaultCrs) {
        return read(path, EnumSet.of(Column.CATEGORY, Column.LON, Column.LAT),
                EnumSet.of(Column.ID, Column.NAME, Column.CRS), (table, row, problems) -> {
                    LonLat p = position(table, row, defaultCrs, problems);
                    String category = row.get(Column.CATEGORY);
                    if (category.isEmpty()) {
                        problems.add(new Problem(table.file(), row.number(), Column.CATEGORY.header(), "is blank"));
                    }
                    return p == null || category.isEmpty() ? null
                            : new Facility(row.number(), id(row), row.get(Column.NAME), category, p.lon(), p.lat());
                });
    }

    private interface RowParser<T> {
        /** The row's value, or null after adding its problems. */
        T parse(CsvTable table, CsvTable.Row row, List<Problem> problems);
    }

    private static <T> Read<T> read(Path path, EnumSet<Column> required, EnumSet<Column> optional, RowParser<T> parser) {
        CsvTable table;
        try {
            table = CsvTable.read(path, required, optional);
        } catch (InputException e) {
            return new Read<>(List.of(), List.of(), e.problems());
        }
        List<Problem> problems = new ArrayList<>();
        List<T> rows = new ArrayList<>();
        Map<String, Integer> rowOfId = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (table.has(Column.ID)) {
                String id = row.get(Column.ID);
                Integer first = rowOfId.putIfAbsent(id, row.number());
                if (id.isEmpty()) {
                    problems.add(new Problem(table.file(), row.number(), Column.ID.header(), "is blank"));
                } else if (first != null) {
                    problems.add(new Problem(table.file(), row.number(), Column.ID.header(),
                            "duplicate id '" + id + "' (first on row " + first + ")"));
                }
            }
            T value = parser.parse(table, row, problems);
            if (value != null) {
                rows.add(value);
            }
        }
        return new Read<>(rows, table.ignoredHeaders(), problems);
    }

    /** The id cell, or the row number when the file has no id column. */
    private static String id(CsvTable.Row row) {
        String id = row.get(Column.ID);
        return id.isEmpty() ? Integer.toString(row.number()) : id;
    }

    /** The row's position in WGS-84, or null after adding the problems. */
    private static LonLat position(CsvTable table, CsvTable.Row row, CoordinateSystem defaultCrs, List<Problem> problems) {
        double lon = number(table, row, Column.LON, problems);
        double lat = number(table, row, Column.LAT, problems);
        CoordinateSystem crs = defaultCrs;
        if (!row.get(Column.CRS).isEmpty()) {
            try {
                crs = CoordinateSystem.parse(row.get(Column.CRS));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(table.file(), row.number(), Column.CRS.header(),
                        "unknown coordinate system '" + row.get(Column.CRS) + "' (use WGS84, GCJ02 or BD09)"));
                return null;
            }
        }
        if (Double.isNaN(lon) || Double.isNaN(lat)) {
            return null;
        }
        boolean lonOk = lon >= -180 && lon <= 180;
        boolean latOk = lat >= -90 && lat <= 90;
        if (!lonOk || !latOk) {
            String swapped = !latOk && Math.abs(lon) <= 90 && Math.abs(lat) <= 180 ? " (lon and lat swapped?)" : "";
            problems.add(new Problem(table.file(), row.number(), lonOk ? Column.LAT.header() : Column.LON.header(),
                    "out of range: " + (lonOk ? "lat " + lat + " not in [-90, 90]" : "lon " + lon + " not in [-180, 180]") + swapped));
            return null;
        }
        LonLat given = new LonLat(lon, lat);
        if (!ChinaCoordinates.isDefined(crs, given)) {
            problems.add(new Problem(table.file(), row.number(), Column.CRS.header(), crs + " coordinates exist only in China, but "
                    + lon + "," + lat + " is outside it: is the coordinate system right?"));
            return null;
        }
        return ChinaCoordinates.toWgs84(crs, given);
    }

    /** The cell as a decimal number (population may have thousands separators), or NaN after adding a problem. */
    private static double number(CsvTable table, CsvTable.Row row, Column column, List<Problem> problems) {
        String text = column == Column.POPULATION ? row.get(column).replace(",", "") : row.get(column);
        if (text.isEmpty()) {
            problems.add(new Problem(table.file(), row.number(), column.header(), "is blank"));
            return Double.NaN;
        }
        if (!DECIMAL.matcher(text).matches()) {
            problems.add(new Problem(table.file(), row.number(), column.header(), "not a number: '" + row.get(column) + "'"));
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }
}
