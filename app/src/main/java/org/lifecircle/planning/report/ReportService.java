package org.lifecircle.planning.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.division.SubDistrict;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.planning.access.PlanningSettings;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.coverage.CoverageReport;
import org.lifecircle.planning.coverage.CoverageService;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.pdf.HtmlPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable coverage report of one sub-district: the coverage of a service computed for the whole
 * district (residents near a border still reach services across it), kept to the sub-district's
 * communities, printed through the {@link ReportSection}s into templates/planning/report.html and on
 * to PDF.
 */
@Service
class ReportService {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The finished report and the file name to offer it under. */
    record Report(byte[] pdf, String fileName) {
    }

    /** A section's fragment with what it prints. */
    record Part(String fragment, Object data) {
    }

    private final DivisionService divisions;
    private final CoverageService coverage;
    private final StreetNetwork streets;
    private final PlanningSettings settings;
    private final List<ReportSection> sections;
    private final ITemplateEngine templates;
    private final MessageSource messages;

    ReportService(DivisionService divisions, CoverageService coverage, StreetNetwork streets, PlanningSettings settings,
                  List<ReportSection> sections, ITemplateEngine templates, MessageSource messages) {
        this.divisions = divisions;
        this.coverage = coverage;
        this.streets = streets;
        this.settings = settings;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
        this.templates = templates;
        this.messages = messages;
    }

    Report report(long subDistrictId, String service, int minutes, Speed speed, Locale locale) {
        SubDistrict subDistrict = divisions.subDistricts().stream().filter(s -> s.id() == subDistrictId).findFirst()
                .orElseThrow(() -> new InvalidInputException("subDistrictId", "planning.report.error.subDistrict",
                        String.valueOf(subDistrictId)));
        List<Community> communities = divisions.communities(subDistrictId);
        CoverageReport ours = coverage.coverage(service, minutes, speed, locale)
                .within(communities.stream().map(Community::id).collect(Collectors.toSet()));
        ReportScope scope = new ReportScope(subDistrict, communities, service, minutes, speed, ours, locale,
                (key, args) -> messages.getMessage("planning.report." + key, args, locale));
        LocalDate today = LocalDate.now(ZONE);
        Cover cover = Cover.of(scope, streets, settings.personsPerHousehold(), today);
        Context context = new Context(locale);
        context.setVariable("cover", cover);
        context.setVariable("scope", scope);
        context.setVariable("parts", sections.stream().map(s -> new Part(s.fragment(), s.data(scope))).toList());
        String xhtml = templates.process("planning/report", context);
        String fileName = messages.getMessage("planning.report.file", new Object[]{cover.subDistrict(), cover.serviceName(),
                minutes, today.toString()}, locale) + ".pdf";
        return new Report(HtmlPdf.render(xhtml), fileName);
    }
}
