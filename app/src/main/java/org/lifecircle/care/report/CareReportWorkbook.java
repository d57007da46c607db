package org.lifecircle.care.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lifecircle.care.report.CareReport.CoverageRow;
import org.lifecircle.care.report.CareReport.Place;
import org.lifecircle.care.request.Channel;
import org.lifecircle.care.request.RequestService;
import org.springframework.context.MessageSource;

/**
 * A report as an XLSX workbook in the reader's language: an overview sheet (scope, period, generation time, the
 * totals and every figure's definition), then one sheet per figure group with a row per station, per community and
 * the total, the caregivers' workload, the coverage, the uncovered compounds and the days.
 */
final class CareReportWorkbook {

    /** A share, written as a percentage cell. */
    record Share(Double value) {
    }

    /** The definitions listed on the overview sheet (keys {@code care.report.def.<name>}). */
    static final List<String> DEFINITIONS = List.of("requests", "completion", "missed", "completionRate", "punctuality",
            "lateMinutes", "flags", "verification", "emergency", "workload", "coverage");

    private final MessageSource messages;
    private final Locale locale;
    /** The catalogue's service names by code, in catalogue order: the requests sheet's columns. */
    private final Map<String, String> serviceNames;
    private XSSFWorkbook book;
    private CellStyle percent;
    private CellStyle decimal;
    private CellStyle bold;

    CareReportWorkbook(MessageSource messages, Locale locale, Map<String, String> serviceNames) {
        this.messages = messages;
        this.locale = locale;
        this.serviceNames = serviceNames;
    }

    byte[] write(CareReport r) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book = workbook;
            percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
            bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            overview(r);
            List<CareReport.Row> rows = new ArrayList<>(r.stations());
            rows.addAll(r.communities());
            rows.add(r.total());
            requests(rows);
            table("completion", List.of("due", "completed", "notHome", "refused", "aborted", "rejected", "missed", "inProgress",
                    "pending", "completionRate"), rows, x -> {
                CareReport.Completion c = x.completion();
                return new Object[] {c.due(), c.completed(), c.notHome(), c.refused(), c.aborted(), c.rejected(), c.missed(),
                        c.inProgress(), c.pending(), new Share(c.rate())};
            });
            table("punctuality", List.of("checkedIn", "early", "onTime", "late", "onTimeRate", "lateMedian", "lateP90",
                    "lateFlags", "missedFlags"), rows, x -> {
                CareReport.Punctuality p = x.punctuality();
                return new Object[] {p.checkedIn(), p.early(), p.onTime(), p.late(), new Share(p.onTimeRate()),
                        p.lateMedianMinutes(), p.lateP90Minutes(), p.lateFlags(), p.missedFlags()};
            });
            table("verification", List.of("visits", "matched", "mismatch", "noPosition", "matchedRate", "exceptionsOpen",
                    "exceptionsAccepted", "exceptionsRejected"), rows, x -> {
                CareReport.Verification v = x.verification();
                return new Object[] {v.visits(), v.matched(), v.mismatch(), v.noPosition(), new Share(v.matchedRate()),
                        v.exceptionsOpen(), v.exceptionsAccepted(), v.exceptionsRejected()};
            });
            table("emergencies", List.of("emergencies", "cancelled", "assigned", "assignMedian", "assignP90", "assignMax",
                    "arrived", "arrivalMedian", "arrivalP90", "arrivalMax", "ratings", "ratingAverage"), rows, x -> {
                CareReport.Emergencies e = x.emergencies();
                return new Object[] {e.count(), e.cancelled(), e.toAssignment().count(), e.toAssignment().median(),
                        e.toAssignment().p90(), e.toAssignment().max(), e.toArrival().count(), e.toArrival().median(),
                        e.toArrival().p90(), e.toArrival().max(), x.ratings().count(), x.ratings().average()};
            });
            workload(r.caregivers());
            coverage(r.coverage());
            uncovered(r.coverage());
            days(r.days());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void overview(CareReport r) {
        Sheet sheet = sheet("overview");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        int n = 0;
        label(sheet.createRow(n++), t("care.report.title"), null).setCellStyle(bold);
        label(sheet.createRow(n++), t("care.report.scope"), scopeName(r.scope()));
        label(sheet.createRow(n++), t("care.report.from"), r.period().from().toString());
        label(sheet.createRow(n++), t("care.report.to"), r.period().to().toString());
        label(sheet.createRow(n++), t("care.report.generatedAt"),
                time.format(r.generatedAt().atZone(RequestService.ZONE)) + " (Asia/Shanghai)");
        n++;
        CareReport.Row total = r.total();
        Object[][] figures = {
                {"requests", total.requests().total()},
                {"completionRate", new Share(total.completion().rate())},
                {"onTimeRate", new Share(total.punctuality().onTimeRate())},
                {"matchedRate", new Share(total.verification().matchedRate())},
                {"emergencies", total.emergencies().count()},
                {"arrivalMedian", total.emergencies().toArrival().median()},
                {"coverageShare", new Share(r.coverage().total().share())},
        };
        for (Object[] f : figures) {
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(t("care.report.col." + f[0]));
            value(row.createCell(1), f[1]);
        }
        n++;
        sheet.createRow(n++).createCell(0).setCellValue(t("care.report.definitions"));
        sheet.getRow(n - 1).getCell(0).setCellStyle(bold);
        for (String d : DEFINITIONS) {
            label(sheet.createRow(n++), t("care.report.group." + d, r.coverage().minutes()), t("care.report.def." + d, r.coverage().minutes(),
                    r.coverage().metresPerSecond()));
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private void requests(List<CareReport.Row> rows) {
        List<String> channels = Arrays.stream(Channel.values()).map(Channel::name).toList();
        List<String> headers = new ArrayList<>(List.of(t("care.report.col.requests"), t("care.report.col.cancelled"),
                t("care.report.col.normal"), t("care.report.col.emergencies")));
        channels.forEach(c -> headers.add(t("care.channel." + c)));
        headers.addAll(serviceNames.values());
        tableWithHeaders("requests", headers, rows, x -> {
            List<Object> cells = new ArrayList<>(List.of(x.requests().total(), x.requests().cancelled(), x.requests().normal(),
                    x.requests().emergency()));
            channels.forEach(c -> cells.add(x.requests().byChannel().getOrDefault(c, 0L)));
            serviceNames.keySet().forEach(s -> cells.add(x.requests().byService().getOrDefault(s, 0L)));
            return cells.toArray();
        });
    }

    private void table(String name, List<String> columns, List<CareReport.Row> rows, Function<CareReport.Row, Object[]> cells) {
        tableWithHeaders(name, columns.stream().map(c -> t("care.report.col." + c)).toList(), rows, cells);
    }

    private void tableWithHeaders(String name, List<String> headers, List<CareReport.Row> rows,
                                  Function<CareReport.Row, Object[]> cells) {
        List<String> all = new ArrayList<>(List.of(t("care.report.col.level"), t("care.report.col.place"), t("care.report.col.community")));
        all.addAll(headers);
        Sheet sheet = sheetWithHeader(name, all);
        int n = 1;
        for (CareReport.Row r : rows) {
            Row row = sheet.createRow(n++);
            placeCells(row, r.place());
            Object[] values = cells.apply(r);
            for (int i = 0; i < values.length; i++) {
                value(row.createCell(3 + i), values[i]);
            }
        }
        finish(sheet, all.size());
    }

    private void workload(List<CareReport.Workload> caregivers) {
        List<String> cols = List.of("caregiver", "station", "active", "visitsDone", "completed", "visitHours", "bookedHours",
                "workingHours", "visitShare", "bookedShare", "ratings", "ratingAverage");
        Sheet sheet = sheetWithHeader("workload", cols.stream().map(c -> t("care.report.col." + c)).toList());
        int n = 1;
        for (CareReport.Workload w : caregivers) {
            Row row = sheet.createRow(n++);
            Object[] values = {w.name(), w.stationName(), t(w.active() ? "care.yes" : "care.no"), w.visits(), w.completed(),
                    w.visitHours(), w.bookedHours(), w.workingHours(), new Share(w.visitShare()), new Share(w.bookedShare()),
                    w.ratings().count(), w.ratings().average()};
            for (int i = 0; i < values.length; i++) {
                value(row.createCell(i), values[i]);
            }
        }
        finish(sheet, cols.size());
    }

    private void coverage(CareReport.CoverageReport c) {
        List<String> headers = new ArrayList<>(List.of(t("care.report.col.level"), t("care.report.col.place"),
                t("care.report.col.community"), t("care.report.col.elders"), t("care.report.col.covered"),
                t("care.report.col.coverageShare")));
        for (String level : ElderCoverage.LEVELS) {
            String name = t(level.equals("NONE") ? "care.level.none" : "care.level." + level);
            headers.add(name + " · " + t("care.report.col.elders"));
            headers.add(name + " · " + t("care.report.col.covered"));
        }
        Sheet sheet = sheetWithHeader("coverage", headers);
        List<CoverageRow> rows = new ArrayList<>(c.stations());
        rows.addAll(c.communities());
        rows.add(c.total());
        int n = 1;
        for (CoverageRow r : rows) {
            Row row = sheet.createRow(n++);
            placeCells(row, r.place());
            value(row.createCell(3), r.elders());
            value(row.createCell(4), r.covered());
            value(row.createCell(5), new Share(r.share()));
            int col = 6;
            for (String level : ElderCoverage.LEVELS) {
                CareReport.Count count = r.byLevel().getOrDefault(level, new CareReport.Count(0, 0));
                value(row.createCell(col++), count.elders());
                value(row.createCell(col++), count.covered());
            }
        }
        Row note = sheet.createRow(n + 1);
        note.createCell(0).setCellValue(t("care.report.def.coverage", c.minutes(), c.metresPerSecond()));
        finish(sheet, headers.size());
    }

    private void uncovered(CareReport.CoverageReport c) {
        List<String> cols = List.of("compound", "community", "elders", "nearestMinutes");
        Sheet sheet = sheetWithHeader("uncovered", cols.stream().map(x -> t("care.report.col." + x)).toList());
        int n = 1;
        for (CareReport.UncoveredCompound u : c.uncovered()) {
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(u.name());
            row.createCell(1).setCellValue(u.communityName() == null ? "" : u.communityName());
            value(row.createCell(2), u.elders());
            if (u.minutes() != null) {
                value(row.createCell(3), u.minutes());
            } else {
                row.createCell(3).setCellValue(t(u.offNetwork() ? "care.report.offNetwork" : "care.report.unreachable"));
            }
        }
        finish(sheet, cols.size());
    }

    private void days(List<CareReport.Day> days) {
        List<String> cols = List.of("day", "requests", "completed", "missed", "late", "emergencies");
        Sheet sheet = sheetWithHeader("days", cols.stream().map(x -> t("care.report.col." + x)).toList());
        int n = 1;
        for (CareReport.Day d : days) {
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(d.day().toString());
            Object[] values = {d.requests(), d.completed(), d.missed(), d.late(), d.emergencies()};
            for (int i = 0; i < values.length; i++) {
                value(row.createCell(1 + i), values[i]);
            }
        }
        finish(sheet, cols.size());
    }

    private void placeCells(Row row, Place place) {
        row.createCell(0).setCellValue(t("care.report.level." + place.level()));
        row.createCell(1).setCellValue(place.level() == CareReport.Level.DISTRICT ? t("care.report.total") : nullToEmpty(place.name()));
        row.createCell(2).setCellValue(nullToEmpty(place.communityName()));
    }

    private String scopeName(Place scope) {
        return switch (scope.level()) {
            case DISTRICT -> t("care.report.district");
            case COMMUNITY -> t("care.report.level.COMMUNITY") + " " + scope.name();
            case STATION -> t("care.report.level.STATION") + " " + scope.name();
        };
    }

    private Sheet sheet(String name) {
        return book.createSheet(WorkbookUtil.createSafeSheetName(t("care.report.sheet." + name)));
    }

    private Sheet sheetWithHeader(String name, List<String> headers) {
        Sheet sheet = sheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            head.createCell(c).setCellValue(headers.get(c));
            head.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void finish(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private void value(Cell cell, Object v) {
        if (v instanceof Share s) {
            if (s.value() != null) {
                cell.setCellValue(s.value());
                cell.setCellStyle(percent);
            }
        } else if (v instanceof Double d) {
            cell.setCellValue(d);
            cell.setCellStyle(decimal);
        } else if (v instanceof Number num) {
            cell.setCellValue(num.doubleValue());
        } else if (v != null) {
            cell.setCellValue(v.toString());
        }
    }

    private static Cell label(Row row, String label, String value) {
        Cell cell = row.createCell(0);
        cell.setCellValue(label);
        if (value != null) {
            row.createCell(1).setCellValue(value);
        }
        return cell;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
