package org.lifecircle.care.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.lifecircle.identity.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/care")
@Tag(name = "Reports 统计报表", description = "Figures per station, community and district over a period; XLSX export")
class CareReportApi {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CareReportService reports;
    private final CareReportExport export;

    CareReportApi(CareReportService reports, CareReportExport export) {
        this.reports = reports;
        this.export = export;
    }

    @GetMapping("/reports")
    @Operation(summary = "The report: from/to are days (Asia/Shanghai, both included; default the last 30 days), at most one of "
            + "stationId and communityId; community staff get their own community only (another one's is 403)")
    CareReport report(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) Long stationId, @RequestParam(required = false) Long communityId) {
        return reports.report(actor, from, to, stationId, communityId);
    }

    @GetMapping("/reports.xlsx")
    @Operation(summary = "The same report as an XLSX workbook, headers in the reader's language")
    ResponseEntity<byte[]> workbook(Actor actor,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) Long stationId,
                                    @RequestParam(required = false) Long communityId, Locale locale) {
        CareReport report = reports.report(actor, from, to, stationId, communityId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName(report, locale), StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX).body(export.workbook(report, locale));
    }
}
