package org.lifecircle.planning.gaps;

import java.util.List;
import java.util.Locale;

import org.lifecircle.planning.access.Speed;
import org.springframework.context.MessageSource;
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
class GapApi {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final GapService gaps;
    private final MessageSource messages;

    GapApi(GapService gaps, MessageSource messages) {
        this.gaps = gaps;
        this.messages = messages;
    }

    @GetMapping("/api/v1/planning/gaps")
    @Operation(summary = "Compounds × services outside the walking time, most residents affected first (elderly residents for elder-care services)")
    List<Gap> gaps(@Parameter(description = "kind or group codes; none: the 11 handbook groups and the elder-care kinds")
                   @RequestParam(defaultValue = "") List<String> services,
                   @RequestParam(defaultValue = "15") int minutes,
                   @RequestParam(defaultValue = "ADULT") Speed speed,
                   @RequestParam(defaultValue = "500") int limit, Locale locale) {
        List<Gap> all = gaps.gaps(services, minutes, speed, locale);
        return all.subList(0, Math.min(Math.max(limit, 0), all.size()));
    }

    @GetMapping("/api/v1/planning/gaps.xlsx")
    @Operation(summary = "The whole gap list as an XLSX sheet")
    ResponseEntity<byte[]> workbook(@RequestParam(defaultValue = "") List<String> services,
                                    @RequestParam(defaultValue = "15") int minutes,
                                    @RequestParam(defaultValue = "ADULT") Speed speed, Locale locale) {
        byte[] body = GapWorkbook.write(gaps.gaps(services, minutes, speed, locale), minutes, messages, locale);
        String file = messages.getMessage("planning.gaps.file", new Object[]{minutes}, locale) + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX).body(body);
    }
}
