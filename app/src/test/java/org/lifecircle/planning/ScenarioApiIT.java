package org.lifecircle.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scenarios through the API on the bundled street network, on a {@link PlanningFixture}: a service kind of the
 * test's own (under the group "health"), one facility of it at a street corner, in community A a compound a few
 * minutes' walk away (1,000 residents, covered within 15 minutes) and one beyond 15 minutes (600, not covered).
 * Every scenario works on these rows only, and the registry must come out exactly as it went in.
 */
@IntegrationTest
class ScenarioApiIT {

    static final String API = "/api/v1/planning/scenarios";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired StreetNetwork streets;
    final ObjectMapper json = new ObjectMapper();
    PlanningTestSupport support;

    PlanningFixture f;
    String tag;
    String service;
    long facility;
    long near;
    long far;
    double[] corner;
    double[] nearPlace;
    double[] farPlace;
    String planner;

    @BeforeEach
    void aServiceWithOneFacilityAndTwoCompounds() throws Exception {
        support = new PlanningTestSupport(mvc, accounts);
        f = PlanningFixture.create(jdbc, streets);
        tag = f.tag;
        service = f.service;
        facility = f.facility;
        near = f.near;
        far = f.far;
        corner = f.corner;
        nearPlace = f.nearPosition;
        farPlace = f.farPosition;
        planner = support.token(f.places.communityA, Role.PLANNER);
    }

    @Test
    void aProposalNearTheUncoveredCompoundCoversItAfterButNotBeforeAndTheRegistryStaysAsItIs() throws Exception {
        long facilities = facilityCount();
        long id = scenario("新增药房" + tag);
        JsonNode change = send(post(API + "/" + id + "/changes"), Map.of("action", "ADD", "kind", service,
                "name", "拟建药房" + tag, "lon", farPlace[0], "lat", farPlace[1]), status().isCreated());
        assertThat(change.get("kindName").asText()).isEqualTo("规划测试服务");
        assertThat(change.get("seq").asInt()).isEqualTo(1);

        JsonNode answer = coverage(id);
        assertThat(compound(answer.get("before"), far).get("covered").asBoolean()).isFalse();
        JsonNode farAfter = compound(answer.get("after"), far);
        assertThat(farAfter.get("covered").asBoolean()).isTrue();
        assertThat(farAfter.get("minutes").asDouble()).isLessThan(0.01);
        assertThat(farAfter.get("nearestName").asText()).isEqualTo("拟建药房" + tag);
        assertThat(compound(answer.get("after"), near).get("nearestId").asLong()).isEqualTo(facility);
        assertThat(answer.at("/after/points")).anySatisfy(p -> {
            assertThat(p.get("id").isNull()).isTrue();
            assertThat(p.get("name").asText()).isEqualTo("拟建药房" + tag);
        });
        JsonNode diff = answer.get("diff");
        assertThat(changed(diff, far).get("newlyCovered").asBoolean()).isTrue();
        assertThat(changed(diff, far).get("minutesBefore").asDouble()).isCloseTo(f.farMinutes, within(1e-6));
        assertThat(diff.get("residentsGained").asDouble()).isGreaterThanOrEqualTo(600);
        assertThat(community(diff).at("/share/before").asDouble()).isCloseTo(1000.0 / 1600, within(1e-9));
        assertThat(community(diff).at("/share/after").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(community(diff).at("/share/points").asDouble()).isCloseTo(37.5, within(1e-9));
        assertThat(answer.get("gaps")).extracting(g -> g.get("service").asText()).containsExactly(service, "health");
        JsonNode gaps = answer.at("/gaps/0");
        assertThat(gaps.at("/before/compounds").asInt() - gaps.at("/after/compounds").asInt()).isEqualTo(gaps.get("closed").size());
        assertThat(gaps.get("closed")).anySatisfy(c -> assertThat(c.get("id").asLong()).isEqualTo(far));

        // the registry's own coverage and rows are as they were
        JsonNode registry = getJson("/api/v1/planning/coverage?service=" + service + "&minutes=15");
        assertThat(compound(registry, far).get("covered").asBoolean()).isFalse();
        assertThat(facilityCount()).isEqualTo(facilities);
        assertThat(jdbc.sql("select count(*) from facility where name = :n").param("n", "拟建药房" + tag)
                .query(Long.class).single()).isZero();
    }

    @Test
    void movingThenClosingTheFacilityUncoversTheNearCompoundAndUndoingTakesItBack() throws Exception {
        long id = scenario("迁移关闭" + tag);
        JsonNode move = send(post(API + "/" + id + "/changes"), Map.of("action", "MOVE", "targetId", facility,
                "lon", farPlace[0], "lat", farPlace[1]), status().isCreated());
        assertThat(move.get("targetName").asText()).isEqualTo("规划测试药房" + tag);
        assertThat(move.get("fromLon").asDouble()).isEqualTo(corner[0]);

        JsonNode moved = coverage(id);
        assertThat(compound(moved.get("after"), near).get("covered").asBoolean()).isFalse();
        assertThat(compound(moved.get("after"), far).get("covered").asBoolean()).isTrue();
        assertThat(changed(moved.get("diff"), near).get("noLongerCovered").asBoolean()).isTrue();
        assertThat(moved.at("/after/points")).anySatisfy(p -> {
            assertThat(p.get("id").asLong()).isEqualTo(facility);
            assertThat(p.get("lon").asDouble()).isEqualTo(farPlace[0]);
        });

        JsonNode close = send(post(API + "/" + id + "/changes"), Map.of("action", "CLOSE", "targetId", facility),
                status().isCreated());
        JsonNode closed = coverage(id);
        assertThat(compound(closed.get("after"), far).get("minutes").isNull()).isTrue();
        assertThat(closed.at("/after/points")).isEmpty();
        send(post(API + "/" + id + "/changes"), Map.of("action", "MOVE", "targetId", facility, "lon", corner[0],
                "lat", corner[1]), status().isBadRequest());

        mvc.perform(api(delete(API + "/" + id + "/changes/" + close.get("id").asLong()))).andExpect(status().isNoContent());
        send(put(API + "/" + id + "/changes/" + move.get("id").asLong()), Map.of("action", "MOVE", "targetId", facility,
                "lon", nearPlace[0], "lat", nearPlace[1]), status().isOk());
        JsonNode back = coverage(id);
        assertThat(compound(back.get("after"), near).get("minutes").asDouble()).isLessThan(0.01);
        assertThat(back.at("/after/points/0/lon").asDouble()).isEqualTo(nearPlace[0]);

        Map<String, Object> row = jdbc.sql("select lon, lat from facility where id = :id").param("id", facility).query().singleRow();
        assertThat(row).containsEntry("lon", corner[0]).containsEntry("lat", corner[1]);
    }

    @Test
    void centersUnderAScenarioAreTheRegistrysWithItsCenterChangesAndNoFacilityCountsThem() throws Exception {
        long id = scenario("中心" + tag);
        send(post(API + "/" + id + "/changes"), Map.of("action", "ADD", "target", "CENTER", "kind", "STREET_10",
                "name", "拟建街区" + tag, "lon", nearPlace[0], "lat", nearPlace[1]), status().isCreated());
        send(post(API + "/" + id + "/changes"), Map.of("action", "CLOSE", "target", "CENTER", "targetId", f.places.center),
                status().isCreated());

        JsonNode centers = getJson(API + "/" + id + "/centers");
        assertThat(centers).noneSatisfy(c -> assertThat(c.get("centerId").asLong()).isEqualTo(f.places.center));
        assertThat(centers).anySatisfy(c -> {
            assertThat(c.get("name").asText()).isEqualTo("拟建街区" + tag);
            assertThat(c.get("tier").asText()).isEqualTo("STREET_10");
            assertThat(c.get("state").asText()).isEqualTo("PROPOSED");
        });
        JsonNode answer = coverage(id);
        assertThat(answer.at("/diff/compounds")).isEmpty();
        assertThat(answer.get("gaps")).isEmpty();

        JsonNode areas = getJson(API + "/" + id + "/service-areas?tier=STREET_10");
        assertThat(areas.get("centers")).anySatisfy(c -> {
            assertThat(c.get("id").isNull()).isTrue();
            assertThat(c.get("name").asText()).isEqualTo("拟建街区" + tag);
            assertThat(c.get("snapped").asBoolean()).isTrue();
        });
        assertThat(areas.get("compounds")).anySatisfy(c -> {
            assertThat(c.get("compoundId").asLong()).isEqualTo(near);
            assertThat(c.get("minutes").asDouble()).isLessThan(0.01); // the proposal stands at its entrance
        });
        assertThat(getJson(API + "/" + id + "/service-areas?tier=CENTER_15").get("centers"))
                .noneSatisfy(c -> assertThat(c.get("id").asLong()).isEqualTo(f.places.center));

        // the service-area page under the scenario lists the proposal beside the registry's residents now
        String page = mvc.perform(api(get("/planning/service-areas?tier=STREET_10&scenario=" + id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("拟建街区" + tag, "现状服务人口", "/api/v1/planning/scenarios/" + id + "/service-areas");
    }

    @Test
    void twoScenariosSideBySide() throws Exception {
        long a = scenario("甲方案" + tag);
        send(post(API + "/" + a + "/changes"), Map.of("action", "ADD", "kind", service, "name", "拟建甲" + tag,
                "lon", farPlace[0], "lat", farPlace[1]), status().isCreated());
        long b = scenario("乙方案" + tag);
        send(post(API + "/" + b + "/changes"), Map.of("action", "CLOSE", "targetId", facility), status().isCreated());

        JsonNode comparison = getJson(API + "/compare?a=" + a + "&b=" + b + "&service=" + service + "&minutes=15");
        assertThat(comparison.at("/a/name").asText()).isEqualTo("甲方案" + tag);
        assertThat(comparison.at("/a/residentsGained").asDouble()).isGreaterThanOrEqualTo(600);
        assertThat(comparison.at("/b/residentsLost").asDouble()).isGreaterThanOrEqualTo(1000);
        assertThat(comparison.at("/a/share").asDouble()).isGreaterThan(comparison.at("/b/share").asDouble());
        JsonNode row = PlanningTestSupport.find(comparison.get("communities"), "id", f.places.communityA);
        assertThat(row.get("before").asDouble()).isCloseTo(1000.0 / 1600, within(1e-9));
        assertThat(row.get("a").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(row.get("b").asDouble()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void aScenarioIsSavedRenamedAndDiscardedWithItsChanges() throws Exception {
        long facilities = facilityCount();
        long id = scenario("待放弃" + tag);
        send(post(API + "/" + id + "/changes"), Map.of("action", "CLOSE", "targetId", facility), status().isCreated());
        send(put(API + "/" + id), Map.of("name", "改名后" + tag, "description", "说明"), status().isOk());
        JsonNode listed = getJson(API);
        assertThat(listed).anySatisfy(s -> {
            assertThat(s.get("name").asText()).isEqualTo("改名后" + tag);
            assertThat(s.get("changes")).hasSize(1);
            assertThat(s.get("createdBy").asText()).startsWith("plan-planner-");
        });

        mvc.perform(api(delete(API + "/" + id))).andExpect(status().isNoContent());
        mvc.perform(api(get(API + "/" + id))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from scenario_change where scenario_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(facilityCount()).isEqualTo(facilities);
    }

    @Test
    void badChangesNameTheField() throws Exception {
        long id = scenario("有误" + tag);
        String changes = API + "/" + id + "/changes";
        expectProblem(post(changes), Map.of("action", "ADD", "kind", "no_such_kind", "name", "x", "lon", corner[0], "lat", corner[1]), "kind");
        expectProblem(post(changes), Map.of("action", "ADD", "kind", "health", "name", "x", "lon", corner[0], "lat", corner[1]), "kind");
        expectProblem(post(changes), Map.of("action", "ADD", "target", "CENTER", "kind", "BIG", "name", "x", "lon", corner[0],
                "lat", corner[1]), "kind");
        expectProblem(post(changes), Map.of("action", "ADD", "kind", service, "lon", corner[0], "lat", corner[1]), "name");
        expectProblem(post(changes), Map.of("action", "ADD", "kind", service, "name", "远在杭州", "lon", 120.0, "lat", 30.0), "lon");
        expectProblem(post(changes), Map.of("action", "MOVE", "targetId", 987_654_321L, "lon", corner[0], "lat", corner[1]), "targetId");
        expectProblem(post(changes), Map.of("action", "CLOSE", "target", "CENTER", "targetId", 987_654_321L), "targetId");
        expectProblem(post(changes), Map.of("action", "MOVE", "targetId", facility), "lon");
        expectProblem(post(changes), Map.of("action", "DEMOLISH", "targetId", facility), "action");
        expectProblem(post(API), Map.of("name", "有误" + tag), "name");
        mvc.perform(api(get(API + "/" + id + "/coverage?service=no_such_service")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("service"));
        mvc.perform(api(get(API + "/" + id + "/coverage?service=tier:CIRCLE_5")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("service"));
        mvc.perform(api(get(API + "/" + id + "/coverage?service=" + service + "&minutes=0")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("minutes"));
        mvc.perform(api(get(API + "/987654321/coverage?service=" + service))).andExpect(status().isNotFound());
        assertThat(getJson(API + "/" + id).get("changes")).isEmpty();
    }

    @Test
    void onlyPlannersAndAdministratorsMayWorkWithScenarios() throws Exception {
        mvc.perform(get(API)).andExpect(status().isUnauthorized());
        for (Role role : new Role[]{Role.RESIDENT, Role.COMMUNITY_STAFF}) {
            String token = support.token(f.places.communityA, role);
            mvc.perform(get(API).header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
            mvc.perform(post(API).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"不该有" + tag + "\"}")).andExpect(status().isForbidden());
        }
        mvc.perform(get(API).header("Authorization", "Bearer " + support.token(f.places.communityA, Role.DISTRICT_ADMIN))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from scenario where name = :n").param("n", "不该有" + tag)
                .query(Long.class).single()).isZero();
    }

    private long scenario(String name) throws Exception {
        return send(post(API), Map.of("name", name), status().isCreated()).get("id").asLong();
    }

    private JsonNode coverage(long scenario) throws Exception {
        return getJson(API + "/" + scenario + "/coverage?service=" + service + "&minutes=15");
    }

    private void expectProblem(MockHttpServletRequestBuilder request, Map<String, Object> body, String field) throws Exception {
        JsonNode problem = send(request, body, status().isBadRequest());
        List<String> fields = new ArrayList<>();
        problem.get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).as(body.toString()).contains(field);
    }

    private JsonNode send(MockHttpServletRequestBuilder request, Map<String, Object> body, ResultMatcher expected)
            throws Exception {
        return json.readTree(mvc.perform(api(request).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new LinkedHashMap<>(body))))
                .andExpect(expected).andReturn().getResponse().getContentAsByteArray());
    }

    private JsonNode getJson(String url) throws Exception {
        return support.getJson(url, planner);
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return PlanningTestSupport.api(request, planner);
    }

    private long facilityCount() {
        return jdbc.sql("select count(*) from facility").query(Long.class).single();
    }

    private JsonNode community(JsonNode diff) {
        return PlanningTestSupport.find(diff.get("communities"), "id", f.places.communityA);
    }

    private static JsonNode compound(JsonNode report, long id) {
        return PlanningTestSupport.find(report.get("compounds"), "id", id);
    }

    private static JsonNode changed(JsonNode diff, long id) {
        return PlanningTestSupport.find(diff.get("compounds"), "id", id);
    }
}
