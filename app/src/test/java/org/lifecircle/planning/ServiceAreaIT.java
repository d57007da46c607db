package org.lifecircle.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.lifecircle.planning.PlanningTestSupport.api;
import static org.lifecircle.planning.PlanningTestSupport.atNode;
import static org.lifecircle.planning.PlanningTestSupport.find;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
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
import org.lifecircle.shared.text.Pinyin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two 5-minute-tier centers of the test's own at the network's southern and eastern ends, a compound a
 * short walk from each: each compound goes to its own center at the walk the engine gives, each center
 * gets an area, and the population rule follows the center's area kind. Other tests' rows share the
 * database, so only facts about this test's own rows are asserted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one pair of centers: a second pair at the same nodes would tie with the first
class ServiceAreaIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired StreetNetwork streets;
    PlanningTestSupport support;

    AtlasFixture places;
    long south;
    long east;
    long nearSouth;
    long nearEast;
    double nearSouthMinutes;

    @BeforeAll
    void twoCentersAndTheirCompounds() {
        support = new PlanningTestSupport(mvc, accounts);
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        places = AtlasFixture.create(jdbc, "AREA" + tag);
        WalkNetwork net = streets.network();
        int s = 0;
        int e = 0;
        for (int v = 0; v < net.nodeCount(); v++) {
            s = net.lat(v) < net.lat(s) ? v : s;
            e = net.lon(v) > net.lon(e) ? v : e;
        }
        south = center("南端中心" + tag, net.lon(s), net.lat(s));
        east = center("东端中心" + tag, net.lon(e), net.lat(e));
        TravelTimes tt = new TravelTimes(net, WalkingProfile.ADULT);
        int nearS = nodeAtMinutes(net, tt, s);
        int nearE = nodeAtMinutes(net, tt, e);
        nearSouthMinutes = NearestFacility.nodeSeconds(tt, new SnappedPoints(new Snap[]{atNode(net, s)}))[nearS] / 60;
        nearSouth = compound("南端小区" + tag, 2000, net.lon(nearS), net.lat(nearS));
        nearEast = compound("东端小区" + tag, 3000, net.lon(nearE), net.lat(nearE));
    }

    @Test
    void eachCompoundGoesToItsNearestCenterWhichGetsAnArea() throws Exception {
        JsonNode report = support.getJson("/api/v1/planning/service-areas?tier=CIRCLE_5", support.token(places.communityA, Role.PLANNER));

        JsonNode a = find(report.get("compounds"), "compoundId", nearSouth);
        assertThat(a.get("centerId").asLong()).isEqualTo(south);
        assertThat(a.get("minutes").asDouble()).isCloseTo(nearSouthMinutes, within(1e-6));
        assertThat(find(report.get("compounds"), "compoundId", nearEast).get("centerId").asLong()).isEqualTo(east);

        JsonNode c = find(report.get("centers"), "id", south);
        assertThat(c.get("residents").asDouble()).isGreaterThanOrEqualTo(2000.0);
        assertThat(c.get("areaKind").asText()).isEqualTo("RESIDENTIAL");
        assertThat(c.get("minResidents").asInt()).isEqualTo(30_000);
        assertThat(c.get("fit").asText()).isEqualTo(c.get("residents").asDouble() < 30_000 ? "BELOW" : "WITHIN");
        boolean drawn = false;
        for (JsonNode f : report.at("/areas/features")) {
            if (f.at("/properties/centerId").asLong() == south) {
                drawn = true;
                assertThat(f.at("/properties/areaSquareMetres").asDouble()).isPositive();
                assertThat(f.at("/geometry/type").asText()).isIn("Polygon", "MultiPolygon");
            }
        }
        assertThat(drawn).isTrue();

        String page = mvc.perform(api(get("/planning/service-areas?tier=CIRCLE_5"), support.token(places.communityA, Role.PLANNER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(c.get("name").asText()).doesNotContain("现状服务人口");
    }

    @Test
    void anIndustrialCenterIsJudgedByTheIndustrialRuleAndTheChangeIsAudited() throws Exception {
        String token = support.token(places.communityA, Role.PLANNER);
        mvc.perform(api(put("/api/v1/planning/service-areas/centers/" + east + "/area-kind"), token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"areaKind\":\"INDUSTRIAL\"}"))
                .andExpect(status().isNoContent());
        JsonNode c = find(support.getJson("/api/v1/planning/service-areas?tier=CIRCLE_5", token).get("centers"), "id", east);
        assertThat(c.get("areaKind").asText()).isEqualTo("INDUSTRIAL");
        assertThat(c.get("minResidents").asInt()).isEqualTo(50_000);
        assertThat(c.get("maxResidents").asInt()).isEqualTo(90_000);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'planning.center.areaKind' and target_id = :id")
                .param("id", String.valueOf(east)).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aBadKindNamesTheFieldAndOthersAreRefused() throws Exception {
        mvc.perform(api(put("/api/v1/planning/service-areas/centers/" + south + "/area-kind"), support.token(places.communityA, Role.PLANNER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"areaKind\":null}"))
                .andExpect(status().isBadRequest());
        mvc.perform(api(put("/api/v1/planning/service-areas/centers/" + south + "/area-kind"), support.token(places.communityA, Role.COMMUNITY_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"areaKind\":\"INDUSTRIAL\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/planning/service-areas"), support.token(places.communityA, Role.RESIDENT))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from center_area_kind where center_id = :id").param("id", south)
                .query(Long.class).single()).isZero();
    }

    private long center(String name, double lon, double lat) {
        return jdbc.sql("""
                insert into service_center (sub_district_id, name, name_sort, tier, lon, lat, source_lon, source_lat, source_crs)
                values (:s, :n, :sort, 'CIRCLE_5', :lon, :lat, :lon, :lat, 'WGS84') returning id""")
                .param("s", places.subDistrict).param("n", name).param("sort", Pinyin.sortKey(name))
                .param("lon", lon).param("lat", lat).query(Long.class).single();
    }

    private long compound(String name, int population, double lon, double lat) {
        return jdbc.sql("""
                insert into compound (community_id, name, name_sort, name_initials, population, lon, lat,
                    source_lon, source_lat, source_crs)
                values (:c, :n, :sort, :initials, :p, :lon, :lat, :lon, :lat, 'WGS84') returning id""")
                .param("c", places.communityA).param("n", name).param("sort", Pinyin.sortKey(name))
                .param("initials", Pinyin.initials(name)).param("p", population)
                .param("lon", lon).param("lat", lat).query(Long.class).single();
    }

    /** A node 30 s to 2 min from {@code from}: the compound is clearly nearer to this center than to any other. */
    private static int nodeAtMinutes(WalkNetwork net, TravelTimes tt, int from) {
        double[] t = NearestFacility.nodeSeconds(tt, new SnappedPoints(new Snap[]{atNode(net, from)}));
        for (int v = 0; v < net.nodeCount(); v++) {
            if (t[v] > 30 && t[v] < 120) {
                return v;
            }
        }
        return from;
    }

}
