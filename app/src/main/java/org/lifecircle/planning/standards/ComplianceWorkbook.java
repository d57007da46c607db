package org.lifecircle.planning.standards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The compliance overview as an XLSX workbook in the reader's language: one sheet of centers, one of
 * communities, one with every check (the detail pages' tables), so the figures can be filtered and sent on.
 */
final class ComplianceWorkbook {

    private static final String[] CENTER_COLUMNS = {"place", "subDistrict", "tier", "requiredPresent", "requiredMeasured",
            "notMeasurable", "meets", "functions", "area", "standardArea", "missing"};
    private static final String[] COMMUNITY_COLUMNS = {"place", "subDistrict", "tier", "population", "requiredPresent",
            "requiredMeasured", "notMeasurable", "meets", "missing"};
    private static final String[] CHECK_COLUMNS = {"place", "tier", "requirement", "required", "limit", "source",
            "confidence", "verdict", "facility", "minutes", "share"};

    private ComplianceWorkbook() {
    }

    static byte[] write(List<CenterCompliance> centers, List<CommunityCompliance> communities, MessageSource messages,
                        Locale locale) {
        Texts t = new Texts(messages, locale);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet centerSheet = sheet(book, t.get("planning.standards.xlsx.centers"), CENTER_COLUMNS, t);
            Sheet communitySheet = sheet(book, t.get("planning.standards.xlsx.communities"), COMMUNITY_COLUMNS, t);
            Sheet checkSheet = sheet(book, t.get("planning.standards.xlsx.checks"), CHECK_COLUMNS, t);
            for (CenterCompliance c : centers) {
                Score s = c.score();
                cells(centerSheet, c.name(), c.subDistrictName(), t.get("atlas.tier." + c.tier()), s.requiredPresent(),
                        s.requiredMeasured(), s.notMeasurable(), t.yesNo(s.meets()), c.functionsPresent() + "/" + c.functions().size(),
                        c.composition().total().recordedM2(), c.composition().total().standardM2(),
                        c.checks().stream().filter(k -> k.verdict() == Verdict.MISSING)
                                .map(k -> k.requirement().name(locale)).collect(Collectors.joining("、")));
                for (CenterCheck k : c.checks()) {
                    cells(checkSheet, c.name(), t.get("planning.standards.tier." + k.requirement().tier()),
                            k.requirement().name(locale), t.yesNo(k.requirement().required()), k.requirement().minutes(),
                            k.requirement().source(), k.requirement().confidence().name(),
                            t.get("planning.standards.verdict." + k.verdict()), k.facilityName(), k.minutes(), null);
                }
            }
            for (CommunityCompliance c : communities) {
                Score s = c.score();
                cells(communitySheet, c.name(), c.subDistrictName(), t.get("planning.standards.tier." + c.tier()),
                        Math.round(c.population()), s.requiredPresent(), s.requiredMeasured(), s.notMeasurable(),
                        t.yesNo(s.meets()), c.checks().stream().filter(k -> k.verdict() == Verdict.MISSING)
                                .map(k -> k.requirement().name(locale) + " " + Math.round(k.share() * 100) + "%")
                                .collect(Collectors.joining("、")));
                for (CommunityCheck k : c.checks()) {
                    cells(checkSheet, c.name(), t.get("planning.standards.tier." + k.requirement().tier()),
                            k.requirement().name(locale), t.yesNo(k.requirement().required()), k.requirement().minutes(),
                            k.requirement().source(), k.requirement().confidence().name(),
                            t.get("planning.standards.verdict." + k.verdict()), null, null, k.share());
                }
            }
            for (Sheet sheet : List.of(centerSheet, communitySheet, checkSheet)) {
                sheet.createFreezePane(0, 1);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook book, String name, String[] columns, Texts t) {
        Sheet sheet = book.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            head.createCell(c).setCellValue(t.get("planning.standards.xlsx.column." + columns[c]));
            sheet.setColumnWidth(c, columns[c].equals("missing") ? 60 * 256 : 16 * 256);
        }
        return sheet;
    }

    /** Appends a row: numbers as numbers (minutes and shares rounded to what the pages show), text as text, null blank. */
    private static void cells(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Double d) {
                row.createCell(c).setCellValue(Math.round(d * 100) / 100.0);
            } else if (v instanceof Number n) {
                row.createCell(c).setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    private record Texts(MessageSource messages, Locale locale) {
        String get(String key) {
            return messages.getMessage(key, null, locale);
        }

        String yesNo(boolean value) {
            return get(value ? "common.yes" : "common.no");
        }
    }
}
