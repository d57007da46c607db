package org.lifecircle.planning.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.lifecircle.planning.access.Speed;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Planning 规划")
class ReportApi {

    private final ReportService reports;

    ReportApi(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/planning/report.pdf")
    @Operation(summary = "Printable coverage report of a sub-district (PDF in the reader's language): "
            + "map, charts, coverage per community, gaps")
    ResponseEntity<byte[]> report(@Parameter(description = "id of the sub-district (办事处)")
                                  @RequestParam(defaultValue = "") String subDistrictId,
                                  @Parameter(description = "kind or handbook-group code of the catalogue, e.g. health")
                                  @RequestParam String service,
                                  @RequestParam(defaultValue = "15") int minutes,
                                  @RequestParam(defaultValue = "ADULT") Speed speed, Locale locale) {
        ReportService.Report report = reports.report(id(subDistrictId), service, minutes, speed, locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(report.pdf());
    }

    /** A missing or malformed id is named like an unknown one, so the caller learns which field to fix. */
    private static long id(String subDistrictId) {
        try {
            return Long.parseLong(subDistrictId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("subDistrictId", "planning.report.error.subDistrict", subDistrictId);
        }
    }
}
