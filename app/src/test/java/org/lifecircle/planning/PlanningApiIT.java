package org.lifecircle.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.lifecircle.planning.PlanningTestSupport.api;
import static org.lifecircle.planning.PlanningTestSupport.atNode;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.atlas.AtlasFixture;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Role;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.planning.standards.StandardTier;
import org.lifecircle.planning.standards.StandardsService;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Coverage, gaps and isochrones on the bundled street network, for a service kind of the test's own (so
 * that other tests' facilities cannot change the answers): a facility at one street corner, one compound
 * a few minutes' walk away and one far beyond 15 minutes. Expected times come from the engine itself.
 * Rows carry their real pinyin keys: ExportIT re-imports whole tables and expects nothing to change.
 */
@IntegrationTest
class PlanningApiIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired StreetNetwork streets;
    @Autowired StandardsService standards;
    PlanningTestSupport support;

    String service;
    AtlasFixture places;
    long near;
    long far;
    long facility;
    double nearMinutes;
    double farMinutes;
    double[] corner;
    double[] nearPosition;

    @BeforeEach
    void aServiceAndTwoCompounds() {
        support = new PlanningTestSupport(mvc, accounts);
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        places = AtlasFixture.create(jdbc, "PLAN" + tag);
        service = "plan_test_" + tag;
        jdbc.sql("""
                insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
                select :code, id, '规划测试服务', 'Planning test service', 'SOCIAL', 999 from category where code = 'health'""")
                .param("code", service).update();
        WalkNetwork net = streets.network();
        TravelTimes tt = new TravelTimes(net, WalkingProfile.ADULT);
        int a = net.nodeCount() / 2;
        corner = new double[]{net.lon(a), net.lat(a)};
        double[] fromA = NearestFacility.nodeSeconds(tt, new SnappedPoints(new Snap[]{atNode(net, a)}));
        int nearNode = -1;
        int farNode = -1;
        for (int v = 0; v < net.nodeCount(); v++) {
            if (nearNode < 0 && fromA[v] > 180 && fromA[v] < 480) {
                nearNode = v;
            }
            if (farNode < 0 && fromA[v] > 1500 && Double.isFinite(fromA[v])) {
                farNode = v;
            }
        }
        nearMinutes = fromA[nearNode] / 60;
        farMinutes = fromA[farNode] / 60;
        facility = jdbc.sql("""
                insert into facility (name, name_sort, name_initials, category_id, lon, lat, source_lon, source_lat, source_crs)
                select :name, :sort, :initials, id, :lon, :lat, :lon, :lat, 'WGS84' from category where code = :code
                returning id""").param("name", "规划测试药房" + tag).param("sort", Pinyin.sortKey("规划测试药房" + tag))
                .param("initials", Pinyin.initials("规划测试药房" + tag)).param("lon", net.lon(a)).param("lat", net.lat(a)).param("code", service)
                .query(Long.class).single();
        near = compound("近处小区" + tag, 1000, 0.1, net.lon(nearNode), net.lat(nearNode));
        nearPosition = new double[]{net.lon(nearNode), net.lat(nearNode)};
        far = compound("远处小区" + tag, 600, 0.5, net.lon(farNode), net.lat(farNode));
    }

    @Test
    void coverageGivesEachCompoundItsWalkAndTheCommunityItsShare() throws Exception {
        JsonNode report = support.getJson("/api/v1/planning/coverage?service=" + service + "&minutes=15", support.token(places.communityA, Role.PLANNER));

        JsonNode nearAccess = compound(report, near);
        assertThat(nearAccess.get("minutes").asDouble()).isCloseTo(nearMinutes, within(1e-6));
        assertThat(nearAccess.get("covered").asBoolean()).isTrue();
        assertThat(nearAccess.get("nearestId").asLong()).isEqualTo(facility);
        JsonNode farAccess = compound(report, far);
        assertThat(farAccess.get("minutes").asDouble()).isCloseTo(farMinutes, within(1e-6));
        assertThat(farAccess.get("covered").asBoolean()).isFalse();
        for (JsonNode c : report.get("communities")) {
            if (c.get("id").asLong() == places.communityA) {
                assertThat(c.get("population").asDouble()).isEqualTo(1600.0);
                assertThat(c.get("share").asDouble()).isCloseTo(1000.0 / 1600, within(1e-9));
            }
        }
        assertThat(report.get("points")).hasSize(1);
        assertThat(report.at("/points/0/id").asLong()).isEqualTo(facility);
        assertThat(report.get("nationalTarget").asDouble()).isEqualTo(0.85);
        double binned = 0;
        for (JsonNode b : report.get("distribution")) {
            binned += b.get("population").asDouble();
        }
        assertThat(binned).isCloseTo(report.at("/overall/population").asDouble(), within(1e-6));
    }

    @Test
    void theElderlyWalkSlowerSoTheSameCompoundIsFurther() throws Exception {
        JsonNode report = support.getJson("/api/v1/planning/coverage?service=" + service + "&minutes=15&speed=ELDERLY", support.token(places.communityA, Role.PLANNER));
        assertThat(compound(report, near).get("minutes").asDouble()).isCloseTo(nearMinutes * 1.2 / 0.9, within(1e-6));
    }

    @Test
    void gapsListTheFarCompoundWithItsNearestServiceAndTheWorkbookToo() throws Exception {
        String token = support.token(places.communityA, Role.PLANNER);
        JsonNode gaps = support.getJson("/api/v1/planning/gaps?services=" + service + "&minutes=15", token);
        assertThat(gaps).anySatisfy(g -> {
            assertThat(g.get("compoundId").asLong()).isEqualTo(far);
            assertThat(g.get("minutes").asDouble()).isCloseTo(farMinutes, within(1e-6));
            assertThat(g.get("nearestId").asLong()).isEqualTo(facility);
            assertThat(g.get("weight").asDouble()).isEqualTo(600.0);
        });
        assertThat(gaps).noneSatisfy(g -> assertThat(g.get("compoundId").asLong()).isEqualTo(near));

        byte[] xlsx = mvc.perform(api(get("/api/v1/planning/gaps.xlsx?services=" + service + "&minutes=15"), token))
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
        JsonNode reach = support.getJson("/api/v1/planning/isochrones?lon=" + corner[0] + "&lat=" + corner[1], support.token(places.communityA, Role.PLANNER));
        assertThat(reach.at("/isochrones/features")).hasSize(3);
        assertThat(reach.get("services")).anySatisfy(s -> {
            assertThat(s.get("id").asLong()).isEqualTo(facility);
            assertThat(s.get("minutes").asDouble()).isLessThan(0.01);
        });
    }

    /**
     * A tier's whole set: a compound's walk is that to the farthest of the tier's required services, each the
     * nearest of its kinds — the same as asking for every kind one by one.
     */
    @Test
    void aTiersWholeSetIsWalkedToItsFarthestRequiredService() throws Exception {
        String token = support.token(places.communityA, Role.PLANNER);
        // the first required service right at the compound, the others at the corner a few minutes away
        boolean first = true;
        for (var r : standards.requirements(StandardTier.BLOCK, false)) {
            if (r.required() && r.measurable()) {
                double[] at = first ? nearPosition : corner;
                facility(r.codes().get(0), "街坊服务" + r.id() + "号", at[0], at[1]);
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
                JsonNode m = compound(one, near).get("minutes");
                nearest = Math.min(nearest, m.isNull() ? Double.POSITIVE_INFINITY : m.asDouble());
            }
            expected = Math.max(expected, nearest);
        }
        assertThat(expected).as("the farthest is at most the corner").isLessThanOrEqualTo(nearMinutes + 1e-9);
        assertThat(compound(set, near).get("minutes").asDouble()).isCloseTo(expected, within(1e-9));
        assertThat(set.get("serviceName").asText()).startsWith("居住街坊全部必备服务");
    }

    @Test
    void badQuestionsNameTheField() throws Exception {
        String token = support.token(places.communityA, Role.PLANNER);
        mvc.perform(api(get("/api/v1/planning/coverage?service=no_such_service"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("service"));
        mvc.perform(api(get("/api/v1/planning/coverage?service=tier:NOWHERE"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("service"));
        mvc.perform(api(get("/api/v1/planning/coverage?service=" + service + "&minutes=0"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("minutes"));
        mvc.perform(api(get("/api/v1/planning/isochrones?lon=120.0&lat=30.0"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("lon"));
    }

    @Test
    void onlyPlannersAndAdministratorsMayAsk() throws Exception {
        String url = "/api/v1/planning/coverage?service=" + service;
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
        for (Role role : new Role[]{Role.RESIDENT, Role.COMMUNITY_STAFF}) {
            mvc.perform(api(get(url), support.token(places.communityA, role))).andExpect(status().isForbidden());
        }
        mvc.perform(api(get(url), support.token(places.communityA, Role.DISTRICT_ADMIN))).andExpect(status().isOk());
    }

    private void facility(String kind, String name, double lon, double lat) {
        jdbc.sql("""
                insert into facility (name, name_sort, name_initials, category_id, lon, lat, source_lon, source_lat, source_crs)
                select :name, :sort, :initials, id, :lon, :lat, :lon, :lat, 'WGS84' from category where code = :kind""")
                .param("name", name).param("sort", Pinyin.sortKey(name)).param("initials", Pinyin.initials(name))
                .param("lon", lon).param("lat", lat).param("kind", kind).update();
    }

    private long compound(String name, int population, double elderly, double lon, double lat) {
        return jdbc.sql("""
                insert into compound (community_id, name, name_sort, name_initials, population, elderly_share, lon, lat,
                    source_lon, source_lat, source_crs)
                values (:c, :n, :sort, :initials, :p, :e, :lon, :lat, :lon, :lat, 'WGS84') returning id""")
                .param("c", places.communityA).param("n", name)
                .param("sort", Pinyin.sortKey(name)).param("initials", Pinyin.initials(name)).param("p", population).param("e", elderly)
                .param("lon", lon).param("lat", lat).query(Long.class).single();
    }

    private static JsonNode compound(JsonNode report, long id) {
        return PlanningTestSupport.find(report.get("compounds"), "id", id);
    }
}
