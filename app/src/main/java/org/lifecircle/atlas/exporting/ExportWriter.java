package org.lifecircle.atlas.exporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lifecircle.atlas.importing.Column;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes export rows as CSV (UTF-8 with BOM, so Excel reads Chinese), XLSX or GeoJSON. */
final class ExportWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> POSITION = List.of("lon", "lat", "crs");

    private ExportWriter() {
    }

    static byte[] csv(List<Column> columns, List<ExportRow> rows, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            printer.printRecord(columns.stream().map(c -> c.header(locale)).toList());
            for (ExportRow row : rows) {
                List<String> cells = new ArrayList<>();
                columns.forEach(c -> cells.add(text(row.values().get(c.key()), locale)));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<Column> columns, List<ExportRow> rows, Locale locale, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).header(locale));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = rows.get(r).values().get(columns.get(i).key());
                    if (value instanceof Number number) {
                        // numbers stay numbers (Excel sums them); codes are text and stay text
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(text(value, locale));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 7946: WGS-84 Point geometries; the properties are the other columns. */
    static byte[] geojson(List<Column> columns, List<ExportRow> rows, Locale locale) {
        ObjectNode root = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (ExportRow row : rows) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            ObjectNode geometry = feature.putObject("geometry").put("type", "Point");
            geometry.putArray("coordinates").add(row.lon()).add(row.lat());
            ObjectNode properties = feature.putObject("properties");
            for (Column column : columns) {
                Object value = row.values().get(column.key());
                if (POSITION.contains(column.key()) || value == null) {
                    continue;
                }
                String name = column.header(locale);
                if (value instanceof Boolean b) {
                    properties.put(name, b);
                } else if (value instanceof Number n) {
                    properties.put(name, decimal(n));
                } else {
                    properties.put(name, value.toString());
                }
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            boolean english = "en".equals(locale.getLanguage());
            return b ? (english ? "yes" : "是") : (english ? "no" : "否");
        }
        if (value instanceof Number n) {
            return decimal(n).toPlainString();
        }
        return value.toString();
    }

    /** The shortest exact decimal: 113.7 stays 113.7, 6000.0 becomes 6000. */
    private static BigDecimal decimal(Number n) {
        BigDecimal decimal = n instanceof BigDecimal b ? b
                : n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue())
                : BigDecimal.valueOf(n.longValue());
        decimal = decimal.stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
