package org.lifecircle.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.lifecircle.planning.PlanningTestSupport.api;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Role;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.planning.standards.StandardTier;
import org.lifecircle.planning.standards.StandardsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Coverage, gaps and isochrones on the bundled street network, for a service kind of the test's own
 * ({@link PlanningFixture}: a facility at one street corner, one compound a few minutes' walk away and one
 * far beyond 15 minutes). Expected times come from the engine itself.
 */
@IntegrationTest
class PlanningApiIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired StreetNetwork streets;
    @Autowired StandardsService standards;

    PlanningFixture f;
    PlanningTestSupport support;

    @BeforeEach
    void aServiceAndTwoCompounds() {
        support = new PlanningTestSupport(mvc, accounts);
        f = PlanningFixture.create(jdbc, streets);
    }

    @Test
    void coverageGivesEachCompoundItsWalkAndTheCommunityItsShare() throws Exception {
        JsonNode report = support.getJson("/api/v1/planning/coverage?service=" + f.service + "&minutes=15", support.token(f.places.communityA, Role.PLANNER));

        JsonNode nearAccess = compound(report, f.near);
        assertThat(nearAccess.get("minutes").asDouble()).isCloseTo(f.nearMinutes, within(1e-6));
        assertThat(nearAccess.get("covered").asBoolean()).isTrue();
        assertThat(nearAccess.get("nearestId").asLong()).isEqualTo(f.facility);
        JsonNode farAccess = compound(report, f.far);
        assertThat(farAccess.get("minutes").asDouble()).isCloseTo(f.farMinutes, within(1e-6));
        assertThat(farAccess.get("covered").asBoolean()).isFalse();
        for (JsonNode c : report.get("communities")) {
            if (c.get("id").asLong() == f.places.communityA) {
                assertThat(c.get("population").asDouble()).isEqualTo(1600.0);
                assertThat(c.get("share").asDouble()).isCloseTo(1000.0 / 1600, within(1e-9));
            }
        }
        assertThat(report.get("points")).hasSize(1);
        assertThat(report.at("/points/0/id").asLong()).isEqualTo(f.facility);
        assertThat(report.get("nationalTarget").asDouble()).isEqualTo(0.85);
        double binned = 0;
        for (JsonNode b : report.get("distribution")) {
            binned += b.get("population").asDouble();
        }
        assertThat(binned).isCloseTo(report.at("/overall/population").asDouble(), within(1e-6));
    }

    @Test
    void theElderlyWalkSlowerSoTheSameCompoundIsFurther() throws Exception {
        JsonNode report = support.getJson("/api/v1/planning/coverage?service=" + f.service + "&minutes=15&speed=ELDERLY", support.token(f.places.communityA, Role.PLANNER));
        assertThat(compound(report, f.near).get("minutes").asDouble()).isCloseTo(f.nearMinutes * 1.2 / 0.9, within(1e-6));
    }

    @Test
    void gapsListTheFarCompoundWithItsNearestServiceAndTheWorkbookToo() throws Exception {
        String token = support.token(f.places.communityA, Role.PLANNER);
        JsonNode gaps = support.getJson("/api/v1/planning/gaps?services=" + f.service + "&minutes=15", token);
        assertThat(gaps).anySatisfy(g -> {
            assertThat(g.get("compoundId").asLong()).isEqualTo(f.far);
            assertThat(g.get("minutes").asDouble()).isCloseTo(f.farMinutes, within(1e-6));
            assertThat(g.get("nearestId").asLong()).isEqualTo(f.facility);
            assertThat(g.get("weight").asDouble()).isEqualTo(600.0);
        });
        assertThat(gaps).noneSatisfy(g -> assertThat(g.get("compoundId").asLong()).isEqualTo(f.near));

        byte[] xlsx = mvc.perform(api(get("/api/v1/planning/gaps.xlsx?services=" + f.service + "&minutes=15"), token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("小区");
            boolean found = false;
            for (Row row : sheet) {
                found |= row.getRowNum() > 0 && row.getCell(1).getStringCellValue().startsWith("远处小区");
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void isochronesFromTheCornerHoldTheFacilityAtNoWalk() throws Exception {
        JsonNode reach = support.getJson("/api/v1/planning/isochrones?lon=" + f.corner[0] + "&lat=" + f.corner[1], support.token(f.places.communityA, Role.PLANNER));
        assertThat(reach.at("/isochrones/features")).hasSize(3);
        assertThat(reach.get("services")).anySatisfy(s -> {
            assertThat(s.get("id").asLong()).isEqualTo(f.facility);
            assertThat(s.get("minutes").asDouble()).isLessThan(0.01);
        });
    }

    /**
     * A tier's whole set: a compound's walk is that to the farthest of the tier's required services, each the
     * nearest of its kinds — the same as asking for every kind one by one.
     */
    @Test
    void aTiersWholeSetIsWalkedToItsFarthestRequiredService() throws Exception {
        String token = support.token(f.places.communityA, Role.PLANNER);
        // the first required service right at the compound, the others at the corner a few minutes away
        boolean first = true;
        for (var r : standards.requirements(StandardTier.BLOCK, false)) {
            if (r.required() && r.measurable()) {
                double[] at = first ? f.nearPosition : f.corner;
                PlanningFixture.facility(jdbc, r.codes().get(0), "街坊服务" + r.id() + "号", at[0], at[1]);
                first = false;
            }
        }
        JsonNode set = support.getJson("/api/v1/planning/coverage?service=tier:BLOCK&minutes=15", token);
        java.util.Map<String, JsonNode> byKind = new java.util.HashMap<>();
        double expected = 0;
        for (var r : standards.requirements(StandardTier.BLOCK, false)) {
            if (!r.required() || !r.measurable()) {
                continue;
            }
            double nearest = Double.POSITIVE_INFINITY;
            for (String code : r.codes()) {
                JsonNode one = byKind.computeIfAbsent(code, c -> {
                    try {
                        return support.getJson("/api/v1/planning/coverage?service=" + c + "&minutes=15", token);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                JsonNode m = compound(one, f.near).get("minutes");
                nearest = Math.min(nearest, m.isNull() ? Double.POSITIVE_INFINITY : m.asDouble());
            }
            expected = Math.max(expected, nearest);
        }
        assertThat(expected).as("the farthest is at most the corner").isLessThanOrEqualTo(f.nearMinutes + 1e-9);
        assertThat(compound(set, f.near).get("minutes").asDouble()).isCloseTo(expected, within(1e-9));
        assertThat(set.get("serviceName").asText()).startsWith("居住街坊全部必备服务");
    }

    @Test
    void badQuestionsNameTheField() throws Exception {
        String token = support.token(f.places.communityA, Role.PLANNER);
        mvc.perform(api(get("/api/v1/planning/coverage?service=no_such_service"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("service"));
        mvc.perform(api(get("/api/v1/planning/coverage?service=tier:NOWHERE"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("service"));
        mvc.perform(api(get("/api/v1/planning/coverage?service=" + f.service + "&minutes=0"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("minutes"));
        mvc.perform(api(get("/api/v1/planning/isochrones?lon=120.0&lat=30.0"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("lon"));
    }

    @Test
    void onlyPlannersAndAdministratorsMayAsk() throws Exception {
        String url = "/api/v1/planning/coverage?service=" + f.service;
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
        for (Role role : new Role[]{Role.RESIDENT, Role.COMMUNITY_STAFF}) {
            mvc.perform(api(get(url), support.token(f.places.communityA, role))).andExpect(status().isForbidden());
        }
        mvc.perform(api(get(url), support.token(f.places.communityA, Role.DISTRICT_ADMIN))).andExpect(status().isOk());
    }



    private static JsonNode compound(JsonNode report, long id) {
        return PlanningTestSupport.find(report.get("compounds"), "id", id);
    }
}
