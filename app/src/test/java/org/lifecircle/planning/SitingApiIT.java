package org.lifecircle.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Site selection through the API on the bundled street network, on a {@link PlanningFixture} (its own sub-district:
 * one facility of the test's service at a street corner, a compound of 1,000 a few minutes from it, one of 600
 * beyond 15 minutes). Runs are solved in the background; the tests poll until they end.
 */
@IntegrationTest
class SitingApiIT {

    static final String RUNS = "/api/v1/planning/siting/runs";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired StreetNetwork streets;
    final ObjectMapper json = new ObjectMapper();
    PlanningFixture f;
    String planner;

    @BeforeEach
    void aServiceWithOneFacilityAndTwoCompounds() throws Exception {
        PlanningTestSupport support = new PlanningTestSupport(mvc, accounts);
        f = PlanningFixture.create(jdbc, streets);
        planner = support.token(f.places.communityA, Role.PLANNER);
    }

    /** MCLP, one new site among a candidate at each compound: the far one is the only gain. */
    Map<String, Object> oneMoreSite() {
        Map<String, Object> form = new HashMap<>();
        form.put("target", "FACILITY");
        form.put("service", f.service);
        form.put("model", "MAXIMAL_COVERING");
        form.put("minutes", 15);
        form.put("sites", 1);
        form.put("subDistrictId", f.places.subDistrict);
        form.put("candidates", List.of(
                Map.of("name", "近处候选", "lon", f.nearPosition[0], "lat", f.nearPosition[1]),
                Map.of("name", "远处候选", "lon", f.farPosition[0], "lat", f.farPosition[1])));
        return form;
    }

    @Test
    void maximalCoveringChoosesTheSiteThatCoversTheFarCompoundAndComparesWithTheCurrentNetwork() throws Exception {
        JsonNode run = finished(start(oneMoreSite()));
        assertThat(run.get("status").asText()).isEqualTo("DONE");
        JsonNode r = run.get("result");
        assertThat(r.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(r.get("gap").asDouble()).isZero();
        assertThat(r.get("existing").asInt()).isEqualTo(1);
        assertThat(r.get("candidates").asInt()).isEqualTo(2);
        assertThat(r.get("chosen")).hasSize(1);
        assertThat(r.at("/chosen/0/name").asText()).isEqualTo("远处候选");
        assertThat(r.at("/chosen/0/residents").asDouble()).isEqualTo(600);
        assertThat(r.at("/before/covered").asDouble()).isEqualTo(1000);
        assertThat(r.at("/after/covered").asDouble()).isEqualTo(1600);
        assertThat(r.at("/after/share").asDouble()).isEqualTo(1.0);
        assertThat(r.get("residentsGained").asDouble()).isEqualTo(600);
        assertThat(r.get("objective").asDouble()).isEqualTo(1600);
        JsonNode far = compound(r, f.far);
        assertThat(far.get("minutesBefore").isNull()).as("beyond the 15 minutes the times reach").isTrue();
        assertThat(far.get("minutesAfter").asDouble()).isLessThan(0.01);
        assertThat(far.get("site").asInt()).isEqualTo(1);
        JsonNode near = compound(r, f.near);
        assertThat(near.get("minutesAfter").asDouble()).isCloseTo(f.nearMinutes, within(1e-6));
        assertThat(near.get("site").asInt()).isZero(); // stays with the existing facility
    }

    @Test
    void setCoveringAndPMedianCoverEveryoneWithTheCapacityRulePassedToTheExactSolver() throws Exception {
        Map<String, Object> lscp = oneMoreSite();
        lscp.put("model", "SET_COVERING");
        lscp.put("keepExisting", false);
        JsonNode covering = finished(start(lscp)).get("result");
        assertThat(covering.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(covering.at("/after/share").asDouble()).isEqualTo(1.0);
        assertThat(covering.get("objective").asDouble()).isEqualTo(covering.get("chosen").size());

        Map<String, Object> median = oneMoreSite();
        median.put("model", "P_MEDIAN");
        median.put("sites", 2);
        median.put("keepExisting", false);
        median.put("capacityMin", 0);
        median.put("capacityMax", 5000);
        JsonNode r = finished(start(median)).get("result");
        assertThat(r.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(r.get("solver").asText()).isEqualTo("SCIP");
        assertThat(r.get("objective").asDouble()).isCloseTo(0, within(1e-6)); // a site at each compound: nobody walks
        assertThat(r.at("/after/meanMinutes").asDouble()).isCloseTo(0, within(1e-6));
    }

    @Test
    void aRuleNoAnswerCanMeetIsReportedInfeasible() throws Exception {
        Map<String, Object> lscp = oneMoreSite();
        lscp.put("model", "SET_COVERING");
        lscp.put("keepExisting", false);
        lscp.put("capacityMin", 5000); // the two compounds have 1,600 residents
        lscp.put("capacityMax", 9000);
        JsonNode r = finished(start(lscp)).get("result");
        assertThat(r.get("status").asText()).isEqualTo("INFEASIBLE");
        assertThat(r.get("objective").isNull()).isTrue();
        assertThat(r.get("chosen")).isEmpty();
    }

    @Test
    void withoutKeepingTheExistingFacilityTheSavedScenarioClosesItWhenTheAnswerLeavesItOut() throws Exception {
        Map<String, Object> form = oneMoreSite();
        form.put("keepExisting", false);
        form.put("model", "P_MEDIAN");
        form.put("sites", 2);
        JsonNode run = finished(start(form));
        JsonNode r = run.get("result");
        assertThat(r.get("chosen")).extracting(c -> c.get("name").asText()).containsExactlyInAnyOrder("近处候选", "远处候选");
        assertThat(r.get("closedIds")).extracting(JsonNode::asLong).containsExactly(f.facility);
        JsonNode scenario = send(post(RUNS + "/" + run.get("id").asLong() + "/scenario"), Map.of("name", "重新布局" + f.tag),
                status().isCreated());
        assertThat(scenario.get("changes")).extracting(c -> c.get("action").asText()).containsExactlyInAnyOrder("ADD", "ADD", "CLOSE");
        assertThat(scenario.get("changes")).anySatisfy(c -> assertThat(c.get("targetId").asLong()).isEqualTo(f.facility));
    }

    @Test
    void aFinishedRunSavedAsAScenarioProposesItsSites() throws Exception {
        long id = finished(start(oneMoreSite())).get("id").asLong();
        JsonNode scenario = send(post(RUNS + "/" + id + "/scenario"), Map.of("name", "选址方案" + f.tag), status().isCreated());
        assertThat(scenario.get("changes")).hasSize(1);
        JsonNode change = scenario.at("/changes/0");
        assertThat(change.get("action").asText()).isEqualTo("ADD");
        assertThat(change.get("kind").asText()).isEqualTo(f.service);
        assertThat(change.get("name").asText()).contains("远处候选");
        assertThat(change.get("lon").asDouble()).isCloseTo(f.farPosition[0], within(1e-9));
        assertThat(run(id).get("scenarioId").asLong()).isEqualTo(scenario.get("id").asLong());
        // the scenario's coverage now covers the far compound
        JsonNode coverage = getJson("/api/v1/planning/scenarios/" + scenario.get("id").asLong() + "/coverage?service=" + f.service + "&minutes=15");
        assertThat(coverage.at("/diff/residentsGained").asDouble()).isGreaterThanOrEqualTo(600);
    }

    @Test
    void everyProblemOfARequestIsNamedByFieldAndNothingIsQueued() throws Exception {
        long runs = jdbc.sql("select count(*) from siting_run").query(Long.class).single();
        Map<String, Object> form = oneMoreSite();
        form.put("service", "health"); // a handbook group, not a kind
        form.put("sites", 5);
        form.put("capacityMin", 9000);
        form.put("capacityMax", 1000);
        form.put("candidates", List.of(Map.of("name", "海上", "lon", 121.9, "lat", 30.0)));
        JsonNode problem = send(post(RUNS), form, status().isBadRequest());
        List<String> fields = new ArrayList<>();
        problem.get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).contains("service", "sites", "capacityMin", "candidates[0]");
        assertThat(problem.toString()).doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from siting_run").query(Long.class).single()).isEqualTo(runs);
    }

    @Test
    void onlyPlannersRunSiting() throws Exception {
        String staff = new PlanningTestSupport(mvc, accounts).token(f.places.communityA, Role.COMMUNITY_STAFF);
        mvc.perform(PlanningTestSupport.api(post(RUNS), staff).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(oneMoreSite()))).andExpect(status().isForbidden());
        mvc.perform(PlanningTestSupport.api(get(RUNS), staff)).andExpect(status().isForbidden());
    }

    @Test
    void candidatesFromCsvOrEveryProblemByRowAndColumn() throws Exception {
        String good = "名称,经度,纬度,坐标系\n甲,113.75,34.77,WGS84\n乙,113.76,34.775,GCJ02\n";
        JsonNode points = json.readTree(mvc.perform(PlanningTestSupport.api(multipart("/api/v1/planning/siting/candidates")
                        .file(new MockMultipartFile("file", "候选点.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8))), planner))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(points).hasSize(2);
        assertThat(points.at("/1/crs").asText()).isEqualTo("GCJ02");

        String bad = "name,lon,lat\nA,113.75,34.77\nB,east,34.77\nC,113.7,95\n";
        JsonNode problem = json.readTree(mvc.perform(PlanningTestSupport.api(multipart("/api/v1/planning/siting/candidates")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8))), planner))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsByteArray());
        assertThat(problem.get("problems")).hasSize(2);
        assertThat(problem.at("/problems/0/file").asText()).isEqualTo("bad.csv");
        assertThat(problem.at("/problems/0/row").asInt()).isEqualTo(3);
        assertThat(problem.at("/problems/0/field").asText()).isEqualTo("lon");
        assertThat(problem.at("/problems/1/row").asInt()).isEqualTo(4);
        assertThat(problem.at("/problems/1/field").asText()).isEqualTo("lat");
    }

    private long start(Map<String, Object> form) throws Exception {
        JsonNode run = send(post(RUNS), form, status().isAccepted());
        assertThat(run.get("status").asText()).isIn("QUEUED", "RUNNING", "DONE");
        return run.get("id").asLong();
    }

    /** Polls the run until it has ended (the solver is quick here; a minute is far more than enough). */
    private JsonNode finished(long id) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode run = run(id);
        while (("QUEUED".equals(run.get("status").asText()) || "RUNNING".equals(run.get("status").asText()))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
            run = run(id);
        }
        assertThat(run.get("status").asText()).as("run %d ended: %s", id, run).isEqualTo("DONE");
        return run;
    }

    private JsonNode run(long id) throws Exception {
        return getJson(RUNS + "/" + id);
    }

    private static JsonNode compound(JsonNode result, long id) {
        for (JsonNode c : result.get("compounds")) {
            if (c.get("id").asLong() == id) {
                return c;
            }
        }
        throw new AssertionError("compound " + id + " not in " + result.get("compounds"));
    }

    private JsonNode send(MockHttpServletRequestBuilder request, Map<String, Object> body, ResultMatcher expected) throws Exception {
        return json.readTree(mvc.perform(PlanningTestSupport.api(request, planner).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(expected).andReturn().getResponse().getContentAsByteArray());
    }

    private JsonNode getJson(String url) throws Exception {
        return new PlanningTestSupport(mvc, accounts).getJson(url, planner);
    }
}
