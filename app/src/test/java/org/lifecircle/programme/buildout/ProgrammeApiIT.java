package org.lifecircle.programme.buildout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.atlas.AtlasFixture;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The programme API and pages as planners, other staff and residents use them: planners enter
 * and advance centers, every status change lands in the history and the audit log, bad input is
 * named by field, and nobody else changes anything.
 */
@IntegrationTest
class ProgrammeApiIT {

    static final String PASSWORD = "programme-test-1";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    final ObjectMapper json = new ObjectMapper();

    AtlasFixture places;
    String prefix;
    String planner;

    @BeforeEach
    void places() throws Exception {
        prefix = "PROG" + System.nanoTime() % 1_000_000;
        places = AtlasFixture.create(jdbc, prefix);
        planner = token(account(Role.PLANNER, null, null));
    }

    @Test
    void aPlannerEntersACenterAndEachStatusChangeIsKeptInTheHistory() throws Exception {
        long id = create(body(prefix + "东区便民服务中心", "UNDER_CONSTRUCTION", "2016-03-15", "2016-08-01", "2018-12-31"));
        mvc.perform(api(get("/api/v1/programme/centers/" + id), planner, null)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_CONSTRUCTION"))
                .andExpect(jsonPath("$.subDistrictName").value(prefix + "街道"))
                .andExpect(jsonPath("$.history[*].status").value(contains("SITED", "UNDER_CONSTRUCTION")))
                .andExpect(jsonPath("$.history[*].effectiveOn").value(contains("2016-03-15", "2016-08-01")));

        mvc.perform(api(post("/api/v1/programme/centers/" + id + "/status"), planner,
                        Map.of("status", "PREPARING", "date", "2018-02-01", "note", "主体完工，开始招商")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PREPARING"))
                .andExpect(jsonPath("$.preparationStartedOn").value("2018-02-01"))
                .andExpect(jsonPath("$.history.length()").value(3))
                .andExpect(jsonPath("$.history[2].note").value("主体完工，开始招商"))
                .andExpect(jsonPath("$.history[2].actor").value(username(planner)));
        assertThat(count("audit_event where action = 'programme.center.statusChanged' and target_id = '" + id + "'"))
                .isEqualTo(1);

        // a setback: back to construction clears the preparation date, and the history keeps both
        mvc.perform(api(post("/api/v1/programme/centers/" + id + "/status"), planner,
                        Map.of("status", "UNDER_CONSTRUCTION", "date", "2018-03-01", "note", "消防验收未通过")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preparationStartedOn").doesNotExist())
                .andExpect(jsonPath("$.history[*].status")
                        .value(contains("SITED", "UNDER_CONSTRUCTION", "PREPARING", "UNDER_CONSTRUCTION")));

        mvc.perform(api(get("/api/v1/programme/centers?status=UNDER_CONSTRUCTION&subDistrictId=" + places.subDistrict),
                        planner, null))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(contains((int) id)));
    }

    @Test
    void badInputIsNamedByField() throws Exception {
        mvc.perform(api(post("/api/v1/programme/centers"), planner,
                        body(prefix + "错中心", "UNDER_CONSTRUCTION", "2016-03-15", "2017-03-01", "2016-12-31")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(contains("plannedOpeningOn")))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("2017-03-01")));
        mvc.perform(api(post("/api/v1/programme/centers"), planner, body(prefix + "错中心", "SITED", "2016-03-15", "2017-03-01", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(contains("constructionStartedOn")));
        Map<String, Object> noName = body("", "SITED", "2016-03-15", null, null);
        noName.put("phase", 3);
        mvc.perform(api(post("/api/v1/programme/centers"), planner, noName))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "phase")));

        long id = create(body(prefix + "西区便民服务中心", "SITED", "2016-03-15", null, "2019-06-30"));
        mvc.perform(api(post("/api/v1/programme/centers/" + id + "/status"), planner,
                        Map.of("status", "OPEN", "date", "2017-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("status"));
        mvc.perform(api(post("/api/v1/programme/centers/" + id + "/status"), planner,
                        Map.of("status", "UNDER_CONSTRUCTION", "date", "2015-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("date"));
        Map<String, Object> changedStatus = body(prefix + "西区便民服务中心", "OPEN", "2016-03-15", null, null);
        mvc.perform(api(put("/api/v1/programme/centers/" + id), planner, changedStatus))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("status"));
        assertThat(count("planned_center_status where planned_center_id = " + id)).as("history untouched").isEqualTo(1);
    }

    @Test
    void communityStaffAndResidentsAreRefusedAndNothingChanges() throws Exception {
        long id = create(body(prefix + "北区便民服务中心", "SITED", "2016-03-15", null, null));
        String staff = token(account(Role.COMMUNITY_STAFF, places.communityA, null));
        String resident = token(account(Role.RESIDENT, null, null));
        String snapshot = snapshot();

        for (String who : List.of(staff, resident)) {
            mvc.perform(api(post("/api/v1/programme/centers"), who, body(prefix + "新中心", "SITED", "2016-03-15", null, null)))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").isNotEmpty());
            mvc.perform(api(put("/api/v1/programme/centers/" + id), who, body(prefix + "改名", "SITED", "2016-03-15", null, null)))
                    .andExpect(status().isForbidden());
            mvc.perform(api(post("/api/v1/programme/centers/" + id + "/status"), who,
                    Map.of("status", "UNDER_CONSTRUCTION", "date", "2017-01-01"))).andExpect(status().isForbidden());
            mvc.perform(api(post("/api/v1/programme/centers/" + id + "/registry-center"), who, null))
                    .andExpect(status().isForbidden());
        }
        assertThat(snapshot()).as("nothing changed").isEqualTo(snapshot);

        // staff read the programme; residents and visitors do not
        mvc.perform(api(get("/api/v1/programme/centers/" + id), staff, null)).andExpect(status().isOk());
        mvc.perform(api(get("/api/v1/programme/centers"), resident, null)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programme/summary")).andExpect(status().isUnauthorized());
    }

    @Test
    void anOpenedCenterIsEnteredInTheRegistryAndLinked() throws Exception {
        Map<String, Object> open = body(prefix + "南区便民服务中心", "OPEN", "2016-03-15", "2016-08-01", "2017-12-31");
        open.put("preparationStartedOn", "2017-09-01");
        open.put("openedOn", "2017-12-28");
        open.put("floorAreaM2", 12000);
        long withoutPosition = create(open);
        mvc.perform(api(post("/api/v1/programme/centers/" + withoutPosition + "/registry-center"), planner, null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("lon"));

        open.put("name", prefix + "南区二号便民服务中心");
        open.putAll(Map.of("lon", 113.761, "lat", 34.748, "crs", "BD09"));
        long id = create(open);
        String body = mvc.perform(api(post("/api/v1/programme/centers/" + id + "/registry-center"), planner, null))
                .andExpect(status().isOk()).andExpect(jsonPath("$.centerId").isNumber())
                .andReturn().getResponse().getContentAsString();
        long center = json.readTree(body).get("centerId").asLong();
        assertThat(count("service_center where id = " + center + " and tier = 'CENTER_15' and source_crs = 'BD09'"
                + " and total_area_m2 = 12000 and sub_district_id = " + places.subDistrict)).isEqualTo(1);
        // one plan per registry center
        Map<String, Object> again = body(prefix + "重复关联", "SITED", "2016-03-15", null, null);
        again.put("centerId", center);
        mvc.perform(api(post("/api/v1/programme/centers"), planner, again))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("centerId"));
    }

    @Test
    void thePagesShowTheProgrammeToStaffAndRecordChangesByPlanners() throws Exception {
        long id = create(body(prefix + "页面便民服务中心", "SITED", "2016-03-15", null, "2019-06-30"));
        MockHttpSession plannerSession = login(username(planner));
        mvc.perform(get("/programme").param("subDistrictId", "" + places.subDistrict).session(plannerSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "页面便民服务中心")))
                .andExpect(content().string(containsString("class=\"gantt-bar s-SITED\"")));
        mvc.perform(post("/programme/centers/" + id + "/status").session(plannerSession).with(csrf())
                        .param("status", "UNDER_CONSTRUCTION").param("date", "2017-05-01").param("note", "开工"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/programme/centers/" + id));
        mvc.perform(get("/programme/centers/" + id).session(plannerSession))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2017-05-01")));
        // an edit with a date out of order comes back with the problem beside the field
        mvc.perform(post("/programme/centers/" + id + "/edit").session(plannerSession).with(csrf())
                        .param("name", prefix + "页面便民服务中心").param("phase", "1")
                        .param("subDistrictId", "" + places.subDistrict).param("status", "UNDER_CONSTRUCTION")
                        .param("sitedOn", "2016-03-15").param("constructionStartedOn", "2016-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));

        MockHttpSession resident = login(account(Role.RESIDENT, null, null));
        mvc.perform(get("/programme").session(resident)).andExpect(status().isForbidden());
        MockHttpSession staff = login(account(Role.COMMUNITY_STAFF, places.communityA, null));
        mvc.perform(get("/programme/centers/" + id).session(staff)).andExpect(status().isOk());
        mvc.perform(get("/programme/centers/new").session(staff)).andExpect(status().isForbidden());
        mvc.perform(post("/programme/centers/" + id + "/status").session(staff).with(csrf())
                .param("status", "PREPARING").param("date", "2018-01-01")).andExpect(status().isForbidden());
        assertThat(count("planned_center where id = " + id + " and status = 'UNDER_CONSTRUCTION'")).isEqualTo(1);
    }

    private long create(Map<String, Object> body) throws Exception {
        String response = mvc.perform(api(post("/api/v1/programme/centers"), planner, body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(response).get("id").asLong();
        assertThat(count("audit_event where action = 'programme.center.created' and target_id = '" + id + "'")).isEqualTo(1);
        return id;
    }

    private Map<String, Object> body(String name, String status, String sited, String started, String plannedOpening) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "phase", 1, "subDistrictId", places.subDistrict,
                "status", status, "sitedOn", sited));
        body.put("constructionStartedOn", started);
        body.put("plannedOpeningOn", plannedOpening);
        return body;
    }

    /** Everything the refused requests could have touched, as one comparable string. */
    private String snapshot() {
        return jdbc.sql("select string_agg(t, '|' order by t) from ("
                        + " select 'p' || id || name || status || coalesce(center_id, 0) as t from planned_center"
                        + " where sub_district_id = :s"
                        + " union all select 'h' || count(*) from planned_center_status"
                        + " union all select 'c' || count(*) from service_center) rows")
                .param("s", places.subDistrict).query(String.class).single();
    }

    private long count(String sql) {
        return jdbc.sql("select count(*) from " + sql).query(Long.class).single();
    }

    private final Map<String, String> usernames = new HashMap<>();

    private String account(Role role, Long community, Long center) {
        String username = "prog-" + role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 10_000_000;
        accounts.create(Actor.SYSTEM, new NewAccount(username, "计划测试", PASSWORD, role, community, center));
        return username;
    }

    private String username(String token) {
        return usernames.get(token);
    }

    private String token(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", username, "password", PASSWORD, "label", "t"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = json.readTree(body).get("token").asText();
        usernames.put(token, username);
        return token;
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token, Object body)
            throws Exception {
        request.header("Authorization", "Bearer " + token).header("Accept-Language", "en");
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
}
