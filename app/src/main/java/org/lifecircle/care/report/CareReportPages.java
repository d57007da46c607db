package org.lifecircle.care.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.care.request.Channel;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reports page: the filters, the summary cards, the charts (ECharts, drawn by care-reports.js from the report's
 * JSON in the page) and the tables, each heading with its definition as a tooltip. A bad period is shown on the page
 * with the field named, and the default period is reported instead.
 */
@Controller
class CareReportPages {

    private final CareReportService reports;
    private final CatalogueService catalogue;
    private final MessageSource messages;
    private final ObjectMapper json;

    CareReportPages(CareReportService reports, CatalogueService catalogue, MessageSource messages, ObjectMapper json) {
        this.reports = reports;
        this.catalogue = catalogue;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/care/reports")
    String page(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long stationId, @RequestParam(required = false) Long communityId,
                Model model, Locale locale) throws JsonProcessingException {
        if (!CareReportService.mayRead(actor)) {
            throw new AccessDeniedException("care reports are not for this role");
        }
        // the page's two menus may disagree (a community left chosen, then another community's station): the station
        // says which community it is in, so the page goes by the station (the API refuses the pair instead)
        if (stationId != null) {
            communityId = null;
        }
        CareReport report;
        try {
            report = reports.report(actor, from, to, stationId, communityId);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems().stream().map(p -> messages.getMessage("care.report." + p.field(), null,
                    p.field(), locale) + ": " + messages.getMessage(p.messageKey(), p.args(), locale)).toList());
            report = reports.report(actor, null, null, stationId, communityId);
        }
        model.addAttribute("report", report);
        List<CareReport.Row> rows = new ArrayList<>(report.stations());
        rows.addAll(report.communities());
        rows.add(report.total());
        model.addAttribute("rows", rows);
        List<CareReport.CoverageRow> coverageRows = new ArrayList<>(report.coverage().stations());
        coverageRows.addAll(report.coverage().communities());
        coverageRows.add(report.coverage().total());
        model.addAttribute("coverageRows", coverageRows);
        model.addAttribute("stationId", stationId);
        model.addAttribute("communityId", report.scope().level() == CareReport.Level.STATION ? null : communityId);
        model.addAttribute("stationChoices", reports.stationChoices(actor));
        model.addAttribute("communityChoices", reports.communityChoices(actor));
        Map<String, String> serviceNames = catalogue.names(locale);
        model.addAttribute("serviceNames", serviceNames);
        model.addAttribute("levels", ElderCoverage.LEVELS);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("reportJson", json.writeValueAsString(report));
        model.addAttribute("chartTexts", json.writeValueAsString(chartTexts(serviceNames, locale)));
        model.addAttribute("xlsxUrl", UriComponentsBuilder.fromPath("/api/v1/care/reports.xlsx")
                .queryParam("from", report.period().from()).queryParam("to", report.period().to())
                .queryParamIfPresent("stationId", Optional.ofNullable(stationId))
                .queryParamIfPresent("communityId", Optional.ofNullable(communityId)).toUriString());
        return "care/reports";
    }

    /** The texts the charts need, in the reader's language. */
    private Map<String, Object> chartTexts(Map<String, String> serviceNames, Locale locale) {
        Map<String, Object> t = new LinkedHashMap<>();
        for (String key : List.of("chart.days", "chart.channels", "chart.services", "chart.completion", "chart.workload",
                "chart.coverage", "col.requests", "col.completed", "col.missed", "col.late", "col.emergencies",
                "col.notHome", "col.refused", "col.aborted", "col.rejected", "col.pending", "col.inProgress",
                "col.visitHours", "col.bookedHours", "col.workingHours", "col.elders", "col.covered", "col.notCovered")) {
            t.put(key, messages.getMessage("care.report." + key, null, locale));
        }
        Map<String, String> channels = new LinkedHashMap<>();
        for (String c : Arrays.stream(Channel.values()).map(Channel::name).toList()) {
            channels.put(c, messages.getMessage("care.channel." + c, null, locale));
        }
        t.put("channels", channels);
        t.put("services", serviceNames);
        return t;
    }
}
