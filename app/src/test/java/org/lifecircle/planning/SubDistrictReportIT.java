package org.lifecircle.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.atlas.category.Category;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.planning.access.ServiceCatalogue;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.gaps.Gap;
import org.lifecircle.planning.gaps.GapService;
import org.lifecircle.planning.standards.ComplianceOverview;
import org.lifecircle.planning.standards.ComplianceService;
import org.lifecircle.planning.standards.StandardTier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sub-district report (planning.report) of a {@link PlanningFixture}: downloaded as a planner, read
 * back with PDFBox.
 * Its community A holds a compound within 15 minutes of the test service (1,000 residents) and one beyond
 * (600): a share of 62.5 %; community B has no compounds; the sub-district has one 15-minute center.
 */
@IntegrationTest
class SubDistrictReportIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired StreetNetwork streets;
    @Autowired GapService gaps;
    @Autowired ServiceCatalogue catalogue;
    @Autowired ComplianceService compliance;

    PlanningTestSupport support;
    PlanningFixture fixture;
    String planner;

    @BeforeEach
    void placesAndAPlanner() throws Exception {
        support = new PlanningTestSupport(mvc, accounts);
        fixture = PlanningFixture.create(jdbc, streets);
        planner = support.token(null, Role.PLANNER);
    }

    @Test
    void theReportPrintsTheSubDistrictItsCompoundsShareGapsAndComplianceInChineseWithTheFontEmbedded() throws Exception {
        MockHttpServletResponse response = download("zh-CN");
        String subDistrict = "PLAN" + fixture.tag + "街道";
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(ContentDisposition.parse(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
                .startsWith(subDistrict + "-规划测试服务-15分钟覆盖报告-").endsWith(".pdf");

        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = text(pdf);
            assertThat(text).contains(subDistrict + "生活圈服务覆盖报告", "PLAN" + fixture.tag + "区", "近似路网",
                    "近处小区" + fixture.tag, "远处小区" + fixture.tag, "62.5%", "尚无登记的小区");
            // every gap of the fixture's compounds across the 11 handbook groups, in GapService's order
            List<Gap> expected = ourGaps(Locale.SIMPLIFIED_CHINESE);
            assertThat(expected).isNotEmpty().hasSizeLessThanOrEqualTo(30);
            String gapTable = text.substring(text.indexOf("服务短板"), text.indexOf("标准达标情况"));
            int row = 0;
            for (Gap g : expected) {
                row = gapTable.indexOf(g.compoundName(), row);
                assertThat(row).as("gap %s × %s", g.compoundName(), g.serviceName()).isPositive();
                int nextRow = nextCompound(gapTable, row + 1);
                assertThat(gapTable.substring(row, nextRow)).as("row %s", g.compoundName()).contains(g.serviceName());
                row = nextRow;
            }
            // the compliance of the fixture's center and community A, as the standards package judges them
            ComplianceOverview compliance = this.compliance.overview(Speed.ADULT, StandardTier.CIRCLE_5)
                    .of(fixture.places.subDistrict);
            String complianceTables = text.substring(text.indexOf("标准达标情况"));
            var center = compliance.centers().get(0);
            assertThat(complianceTables).contains(center.name() + "15分钟" + center.score().requiredPresent() + "/"
                    + center.score().requiredMeasured() + center.functionsPresent() + "/" + center.functions());
            var community = compliance.communitiesWithResidents().get(0);
            assertThat(community.id()).isEqualTo(fixture.places.communityA);
            assertThat(complianceTables).contains(community.name() + "1,600" + community.score().requiredPresent() + "/"
                    + community.score().requiredMeasured());
            List<PDFont> fonts = fonts(pdf);
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("WenQuanYi");
            });
        }
    }

    @Test
    void englishReadersGetTheReportInEnglish() throws Exception {
        MockHttpServletResponse response = download("en");
        assertThat(ContentDisposition.parse(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
                .contains("Planning test service within 15 minutes - coverage report");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = text(pdf);
            assertThat(text).contains("life-circleservicecoveragereport", "Approximatenetwork", "62.5%",
                    "远处小区" + fixture.tag);
        }
    }

    @Test
    void anUnknownOrMalformedSubDistrictIsNamed() throws Exception {
        for (String id : new String[]{"999999999", "abc", ""}) {
            mvc.perform(get("/api/v1/planning/report.pdf?service=" + fixture.service + "&subDistrictId=" + id)
                            .header("Authorization", "Bearer " + planner))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.problems[0].field").value("subDistrictId"));
        }
    }

    @Test
    void residentsAreRefused() throws Exception {
        String url = "/api/v1/planning/report.pdf?service=" + fixture.service + "&subDistrictId=" + fixture.places.subDistrict;
        mvc.perform(get(url).header("Authorization", "Bearer " + support.token(null, Role.RESIDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
    }

    @Test
    void theWorkspaceOffersTheReportForEachSubDistrict() throws Exception {
        String username = "plan-report-" + System.nanoTime() % 10_000_000;
        accounts.create(Actor.SYSTEM, new NewAccount(username, "规划测试", PlanningTestSupport.PASSWORD, Role.PLANNER, null, null));
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username)
                .password(PlanningTestSupport.PASSWORD)).andReturn().getRequest().getSession(false);

        String page = mvc.perform(get("/planning").session(session).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("action=\"/api/v1/planning/report.pdf\"", "下载覆盖报告（PDF）",
                "<option value=\"" + fixture.places.subDistrict + "\">PLAN" + fixture.tag + "街道</option>");
    }

    private MockHttpServletResponse download(String language) throws Exception {
        return mvc.perform(get("/api/v1/planning/report.pdf").param("subDistrictId", String.valueOf(fixture.places.subDistrict))
                        .param("service", fixture.service).param("minutes", "15").param("speed", "ADULT")
                        .header("Authorization", "Bearer " + planner).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse();
    }

    private List<Gap> ourGaps(Locale locale) {
        List<String> groups = catalogue.all().stream().filter(Category::isGroup).map(Category::code).toList();
        return gaps.gaps(groups, 15, Speed.ADULT, locale).stream()
                .filter(g -> g.compoundId() == fixture.near || g.compoundId() == fixture.far).toList();
    }

    /** Where the next row of a fixture compound starts, or the end. */
    private int nextCompound(String text, int from) {
        return Stream.of("近处小区" + fixture.tag, "远处小区" + fixture.tag).mapToInt(n -> text.indexOf(n, from))
                .filter(i -> i >= 0).min().orElse(text.length());
    }

    /** The text without line breaks and spaces: table cells wrap long names. */
    private static String text(PDDocument pdf) throws Exception {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
    }

    private static List<PDFont> fonts(PDDocument pdf) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
