package org.lifecircle.atlas.importing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX workbook as text. Numbers are written out in full from their
 * stored value, not through Excel's display format: "General" would show a 12-digit community
 * code as 4.10106E+11 and a format with two decimals would round 113.7 coordinates.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static RawTable read(byte[] bytes, Problems problems) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                problems.add(1, "", "imports.error.empty");
                return null;
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = null;
            int headerRow = 1;
            List<RawTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = cells(row);
                if (headers == null) {
                    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                        continue;
                    }
                    headers = cells;
                    headerRow = row.getRowNum() + 1;
                } else {
                    rows.add(new RawTable.Row(row.getRowNum() + 1, cells));
                }
            }
            if (headers == null) {
                problems.add(1, "", "imports.error.empty");
                return null;
            }
            return new RawTable(headers, headerRow, rows);
        } catch (Exception | LinkageError e) {
            // a corrupt or hostile workbook is the user's problem to fix, not a server error
            problems.add(1, "", "imports.error.unreadable");
            return null;
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? null : text(cell, cell.getCellType()));
        }
        return cells;
    }

    private static String text(Cell cell, CellType type) {
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toString();
                }
                return plain(cell.getNumericCellValue());
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            case FORMULA:
                return text(cell, cell.getCachedFormulaResultType());
            default:
                return null;
        }
    }

    /** The shortest decimal that is this double, without exponent or trailing zeros. */
    static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
