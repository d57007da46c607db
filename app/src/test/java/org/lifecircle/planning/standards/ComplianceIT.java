package org.lifecircle.planning.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Role;
import org.lifecircle.network.StreetNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Compliance on the bundled street network: the fixture's center (a 15-minute center on a street
 * corner) against rows of the test's own kinds, its composition, and a community's shares.
 */
@IntegrationTest
class ComplianceIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired StreetNetwork streets;
    final ObjectMapper json = new ObjectMapper();

    ComplianceFixture f;
    String planner;

    @BeforeEach
    void placesAndAPlanner() throws Exception {
        f = new ComplianceFixture(jdbc, streets.network());
        planner = ComplianceFixture.token(mvc, accounts, Role.PLANNER, null);
    }

    @Test
    void aCenterHasWhatIsWithinItsWalkAndMissesWhatIsBeyondIt() throws Exception {
        long near = createRow(ComplianceFixture.row(StandardTier.CENTER_15, "近处服务" + f.tag, f.nearKind, 15));
        long far = createRow(ComplianceFixture.row(StandardTier.CENTER_15, "远处服务" + f.tag, f.farKind, 15));
        long inside = createRow(ComplianceFixture.row(StandardTier.CENTER_15, "中心内服务" + f.tag, f.inCenterKind, 15));
        long unmeasurable = createRow(ComplianceFixture.row(StandardTier.CENTER_15, "无法衡量" + f.tag, "", 15));

        JsonNode center = getJson("/api/v1/planning/standards/compliance/centers/" + f.places.center);

        JsonNode nearCheck = check(center, near);
        assertThat(nearCheck.get("verdict").asText()).isEqualTo("PRESENT");
        assertThat(nearCheck.get("facilityId").asLong()).isEqualTo(f.nearFacility);
        assertThat(nearCheck.get("minutes").asDouble()).isCloseTo(f.nearMinutes, within(1e-6));
        JsonNode farCheck = check(center, far);
        assertThat(farCheck.get("verdict").asText()).isEqualTo("MISSING");
        assertThat(farCheck.get("facilityId").asLong()).as("the nearest beyond the limit").isEqualTo(f.farFacility);
        assertThat(farCheck.get("minutes").asDouble()).isCloseTo(f.farMinutes, within(1e-6));
        JsonNode insideCheck = check(center, inside);
        assertThat(insideCheck.get("verdict").asText()).as("filed in the center, however far its pin").isEqualTo("PRESENT");
        assertThat(insideCheck.get("inCenter").asBoolean()).isTrue();
        assertThat(insideCheck.get("minutes").asDouble()).isZero();
        assertThat(check(center, unmeasurable).get("verdict").asText()).isEqualTo("NOT_MEASURABLE");
        assertThat(center.get("snapped").asBoolean()).isTrue();

        JsonNode elderly = getJson("/api/v1/planning/standards/compliance/centers/" + f.places.center + "?speed=ELDERLY");
        assertThat(check(elderly, near).get("minutes").asDouble()).isCloseTo(f.nearMinutes * 1.2 / 0.9, within(1e-6));
    }

    @Test
    void editingARowChangesTheEvaluation() throws Exception {
        Map<String, Object> row = new HashMap<>(ComplianceFixture.row(StandardTier.CENTER_15, "可改服务" + f.tag, f.farKind, 15));
        long id = createRow(row);
        String url = "/api/v1/planning/standards/compliance/centers/" + f.places.center;
        assertThat(check(getJson(url), id).get("verdict").asText()).isEqualTo("MISSING");

        row.put("codes", f.farKind + "|" + f.nearKind);
        mvc.perform(api(put("/api/v1/planning/standards/requirements/" + id)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(row))).andExpect(status().isOk());
        JsonNode changed = check(getJson(url), id);
        assertThat(changed.get("verdict").asText()).isEqualTo("PRESENT");
        assertThat(changed.get("facilityId").asLong()).isEqualTo(f.nearFacility);
        assertThat(changed.at("/requirement/version").asInt()).isEqualTo(2);

        row.put("minutes", (int) Math.ceil(f.farMinutes) + 1);
        row.put("codes", f.farKind);
        mvc.perform(api(put("/api/v1/planning/standards/requirements/" + id)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(row))).andExpect(status().isOk());
        assertThat(check(getJson(url), id).get("verdict").asText()).as("a longer walk allowed").isEqualTo("PRESENT");

        mvc.perform(api(delete("/api/v1/planning/standards/requirements/" + id))).andExpect(status().isOk());
        assertThat(getJson(url).get("checks")).as("a deactivated row is not judged")
                .noneSatisfy(c -> assertThat(c.at("/requirement/id").asLong()).isEqualTo(id));
    }

    @Test
    void aCommunityHasARequirementWhenHalfItsResidentsReachIt() throws Exception {
        f.compound("街角小区", 1000, f.cornerNode);
        f.compound("远郊小区", 600, f.farNode);
        long near = createRow(ComplianceFixture.row(StandardTier.CIRCLE_5, "近处五分钟" + f.tag, f.nearKind, 10));
        long far = createRow(ComplianceFixture.row(StandardTier.CIRCLE_5, "远处五分钟" + f.tag, f.farKind, 10));

        JsonNode community = getJson("/api/v1/planning/standards/compliance/communities/" + f.places.communityA);
        assertThat(community.get("population").asDouble()).isEqualTo(1600.0);
        JsonNode nearCheck = check(community, near);
        assertThat(nearCheck.get("share").asDouble()).isCloseTo(1000.0 / 1600, within(1e-9));
        assertThat(nearCheck.get("verdict").asText()).isEqualTo("PRESENT");
        assertThat(nearCheck.get("uncoveredCompounds").get(0).asText()).startsWith("远郊小区");
        JsonNode farCheck = check(community, far);
        assertThat(farCheck.get("share").asDouble()).isCloseTo(600.0 / 1600, within(1e-9));
        assertThat(farCheck.get("verdict").asText()).as("below half: missing, the share shown anyway").isEqualTo("MISSING");

        JsonNode empty = getJson("/api/v1/planning/standards/compliance/communities/" + f.places.communityB);
        assertThat(check(empty, near).get("verdict").asText()).isEqualTo("NO_RESIDENTS");
        assertThat(check(empty, near).get("share").isNull()).isTrue();

        JsonNode overview = getJson("/api/v1/planning/standards/compliance");
        assertThat(overview.get("communities")).anySatisfy(c -> {
            assertThat(c.get("id").asLong()).isEqualTo(f.places.communityA);
            assertThat(c.get("missing")).anySatisfy(m -> assertThat(m.get("requirementId").asLong()).isEqualTo(far));
            assertThat(c.get("missing")).noneSatisfy(m -> assertThat(m.get("requirementId").asLong()).isEqualTo(near));
        });
    }

    @Test
    void aCenterIsShownAgainstTheStandardCompositionUnknownFiguresStayUnknown() throws Exception {
        jdbc.sql("insert into center_area (center_id, service_class, area_m2) values (:c, 'GOVERNMENT', 800), (:c, 'SOCIAL', 7500)")
                .param("c", f.places.center).update();
        JsonNode composition = getJson("/api/v1/planning/standards/compliance/centers/" + f.places.center).get("composition");
        JsonNode government = composition.at("/classes/0");
        assertThat(government.get("serviceClass").asText()).isEqualTo("GOVERNMENT");
        assertThat(government.get("differenceM2").asDouble()).isEqualTo(-200.0);
        assertThat(government.get("differencePercent").asDouble()).isEqualTo(-20.0);
        JsonNode daily = composition.at("/classes/2");
        assertThat(daily.get("recordedM2").isNull()).isTrue();
        assertThat(daily.get("differenceM2").isNull()).isTrue();
        assertThat(composition.at("/total/standardM2").asDouble()).isEqualTo(12000.0);
        assertThat(composition.at("/total/recordedM2").isNull()).as("no total recorded, one class unknown").isTrue();
    }

    @Test
    void theOverviewWorkbookListsTheCenterWithItsScore() throws Exception {
        createRow(ComplianceFixture.row(StandardTier.CENTER_15, "工作簿服务" + f.tag, f.nearKind, 15));
        byte[] xlsx = mvc.perform(api(get("/api/v1/planning/standards/compliance.xlsx"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            boolean found = false;
            for (Row row : book.getSheetAt(0)) {
                found |= row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("STD" + f.tag + "中心");
            }
            assertThat(found).isTrue();
            assertThat(book.getSheetAt(2).getLastRowNum()).isPositive();
        }
    }

    private long createRow(Map<String, Object> row) throws Exception {
        String body = mvc.perform(api(post("/api/v1/planning/standards/requirements")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(row))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private static JsonNode check(JsonNode compliance, long requirementId) {
        for (JsonNode c : compliance.get("checks")) {
            if (c.at("/requirement/id").asLong() == requirementId) {
                return c;
            }
        }
        throw new AssertionError("requirement " + requirementId + " not judged");
    }

    private JsonNode getJson(String url) throws Exception {
        return json.readTree(mvc.perform(api(get(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + planner).header("Accept-Language", "zh-CN");
    }
}
