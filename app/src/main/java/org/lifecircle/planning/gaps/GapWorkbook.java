package org.lifecircle.planning.gaps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/** The gap list as an XLSX sheet with headers in the reader's language. */
final class GapWorkbook {

    private static final String[] HEADERS = {"rank", "compound", "community", "service", "population", "elderlyShare",
            "weight", "minutes", "nearest"};

    private GapWorkbook() {
    }

    static byte[] write(List<Gap> gaps, int minutes, MessageSource messages, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.getMessage("planning.gaps.sheet", new Object[]{minutes}, locale));
            CellStyle oneDecimal = book.createCellStyle();
            oneDecimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                head.createCell(c).setCellValue(messages.getMessage("planning.gaps.column." + HEADERS[c], null, locale));
            }
            String unreachable = messages.getMessage("planning.gaps.unreachable", null, locale);
            for (int i = 0; i < gaps.size(); i++) {
                Gap g = gaps.get(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(g.compoundName());
                row.createCell(2).setCellValue(g.communityName());
                row.createCell(3).setCellValue(g.serviceName());
                row.createCell(4).setCellValue(Math.round(g.population()));
                row.createCell(5).setCellValue(g.elderlyShare());
                row.createCell(6).setCellValue(Math.round(g.weight()));
                if (g.minutes() == null) {
                    row.createCell(7).setCellValue(unreachable);
                } else {
                    row.createCell(7).setCellValue(g.minutes());
                    row.getCell(7).setCellStyle(oneDecimal);
                }
                row.createCell(8).setCellValue(g.nearestName() == null ? "" : g.nearestName());
            }
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.autoSizeColumn(c);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
