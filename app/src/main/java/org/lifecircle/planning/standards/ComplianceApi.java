package org.lifecircle.planning.standards;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.lifecircle.planning.access.Speed;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Planning standards 规划标准")
class ComplianceApi {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ComplianceService compliance;
    private final MessageSource messages;

    ComplianceApi(ComplianceService compliance, MessageSource messages) {
        this.compliance = compliance;
        this.messages = messages;
    }

    @GetMapping("/api/v1/planning/standards/compliance")
    @Operation(summary = "Every center against its tier and every community against one tier: scores and what is missing")
    ComplianceOverview overview(@RequestParam(defaultValue = "ADULT") Speed speed,
                                @Parameter(description = "the tier communities are judged against")
                                @RequestParam(defaultValue = "CIRCLE_5") StandardTier communityTier) {
        return compliance.overview(speed, communityTier);
    }

    @GetMapping("/api/v1/planning/standards/compliance/centers/{id}")
    @Operation(summary = "A center: each requirement of its tier with the nearest facility by walking time, the composition and the basic functions")
    CenterCompliance center(@PathVariable long id, @RequestParam(defaultValue = "ADULT") Speed speed) {
        return compliance.center(id, speed);
    }

    @GetMapping("/api/v1/planning/standards/compliance/communities/{id}")
    @Operation(summary = "A community: the share of its residents within each requirement's walk")
    CommunityCompliance community(@PathVariable long id, @RequestParam(defaultValue = "CIRCLE_5") StandardTier tier,
                                  @RequestParam(defaultValue = "ADULT") Speed speed) {
        return compliance.community(id, tier, speed);
    }

    @GetMapping("/api/v1/planning/standards/compliance.xlsx")
    @Operation(summary = "The compliance overview as an XLSX workbook: centers, communities and every check")
    ResponseEntity<byte[]> workbook(@RequestParam(defaultValue = "ADULT") Speed speed,
                                    @RequestParam(defaultValue = "CIRCLE_5") StandardTier communityTier, Locale locale) {
        // communities without residents have nothing to judge: left out of the workbook, as on the page
        byte[] body = ComplianceWorkbook.write(compliance.centers(speed), compliance.communities(communityTier, speed)
                .stream().filter(c -> c.population() > 0).toList(), messages, locale);
        String file = messages.getMessage("planning.standards.xlsx.file", null, locale) + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX).body(body);
    }
}
