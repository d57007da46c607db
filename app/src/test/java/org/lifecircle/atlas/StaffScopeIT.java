package org.lifecircle.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every staff write of the registry, tried by someone whose scope is another community or
 * another center, through the API (bearer token) and through the pages (session and CSRF):
 * each is refused and nothing changes. The same requests by the right person succeed, so the
 * refusals are about scope, not about a broken request.
 */
@IntegrationTest
class StaffScopeIT {

    static final String PASSWORD = "scope-test-1";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    final ObjectMapper json = new ObjectMapper();

    AtlasFixture here;
    AtlasFixture there;
    long compound;
    long communityFacility;
    long centerFacility;
    long category;
    long mapping;

    @BeforeEach
    void places() throws Exception {
        here = AtlasFixture.create(jdbc, "SCOPE" + System.nanoTime() % 1_000_000 + "甲");
        there = AtlasFixture.create(jdbc, "SCOPE" + System.nanoTime() % 1_000_000 + "乙");
        compound = jdbc.sql("""
                insert into compound (community_id, name, name_sort, name_initials, households, lon, lat,
                    source_lon, source_lat, source_crs)
                values (:c, '范围测试小区', 'x', 'x', 300, 113.74, 34.77, 113.74, 34.77, 'WGS84') returning id""")
                .param("c", here.communityA).query(Long.class).single();
        category = jdbc.sql("select id from category where code = 'pharmacy'").query(Long.class).single();
        communityFacility = facility("社区药店", here.communityA, null);
        centerFacility = facility("中心药店", null, here.center);
        mapping = jdbc.sql("select min(id) from category_mapping").query(Long.class).single();
    }

    @Test
    void staffOfAnotherCommunityAreRefusedEverywhereAndNothingChanges() throws Exception {
        String other = token(account(Role.COMMUNITY_STAFF, there.communityA, null));
        String snapshot = snapshot();

        for (RequestBuilder request : List.of(
                api(post("/api/v1/compounds"), other, compoundBody(here.communityA, "新小区")),
                api(put("/api/v1/compounds/" + compound), other, compoundBody(here.communityA, "改名")),
                api(delete("/api/v1/compounds/" + compound), other, null),
                api(put("/api/v1/compounds/" + compound), other, compoundBody(there.communityA, "搬走")),
                api(put("/api/v1/communities/" + here.communityA), other, Map.of("phone", "0371-65550000")),
                api(post("/api/v1/facilities"), other, facilityBody(here.communityA, null, "新药店")),
                api(put("/api/v1/facilities/" + communityFacility), other, facilityBody(here.communityA, null, "改名")),
                api(delete("/api/v1/facilities/" + communityFacility), other, null),
                api(put("/api/v1/centers/" + here.center), other, centerBody("改名中心")),
                api(post("/api/v1/categories"), other, Map.of("code", "x_new", "nameZh", "新", "nameEn", "New")),
                api(post("/api/v1/categories/" + category + "/mappings"), other, Map.of("source", "OSM", "pattern", "shop=x")),
                api(delete("/api/v1/categories/mappings/" + mapping), other, null))) {
            mvc.perform(request).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
        refusedImport(other, "社区,名称,经度,纬度\n" + communityName(here.communityA) + ",导入小区,113.74,34.77\n");
        assertThat(snapshot()).as("nothing changed").isEqualTo(snapshot);

        // the same changes by the community's own staff go through
        String own = token(account(Role.COMMUNITY_STAFF, here.communityA, null));
        mvc.perform(api(put("/api/v1/compounds/" + compound), own, compoundBody(here.communityA, "改名")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("改名"));
        mvc.perform(api(put("/api/v1/facilities/" + communityFacility), own, facilityBody(here.communityA, null, "改名药店")))
                .andExpect(status().isOk());
    }

    @Test
    void operatorsOfAnotherCenterAreRefusedEverywhereAndNothingChanges() throws Exception {
        String other = token(account(Role.CENTER_OPERATOR, null, there.center));
        String snapshot = snapshot();

        for (RequestBuilder request : List.of(
                api(put("/api/v1/centers/" + here.center), other, centerBody("改名中心")),
                api(delete("/api/v1/centers/" + here.center), other, null),
                api(post("/api/v1/centers"), other, centerBody("新中心")),
                api(post("/api/v1/facilities"), other, facilityBody(null, here.center, "新药店")),
                api(put("/api/v1/facilities/" + centerFacility), other, facilityBody(null, here.center, "改名")),
                api(put("/api/v1/facilities/" + centerFacility), other, facilityBody(null, there.center, "搬走")),
                api(delete("/api/v1/facilities/" + centerFacility), other, null),
                api(put("/api/v1/compounds/" + compound), other, compoundBody(here.communityA, "改名")))) {
            mvc.perform(request).andExpect(status().isForbidden());
        }
        assertThat(snapshot()).isEqualTo(snapshot);

        String own = token(account(Role.CENTER_OPERATOR, null, here.center));
        mvc.perform(api(put("/api/v1/centers/" + here.center), own, centerBody(centerName(here.center))))
                .andExpect(status().isOk());
        mvc.perform(api(put("/api/v1/facilities/" + centerFacility), own, facilityBody(null, here.center, "改名药店")))
                .andExpect(status().isOk());
    }

    @Test
    void thePagesRefuseTheSameWrites() throws Exception {
        MockHttpSession other = login(account(Role.COMMUNITY_STAFF, there.communityA, null));
        MockHttpSession operator = login(account(Role.CENTER_OPERATOR, null, there.center));
        String snapshot = snapshot();

        for (MockHttpServletRequestBuilder request : List.of(
                form(post("/atlas/compounds/" + compound + "/edit"), other).param("communityId", "" + here.communityA)
                        .param("name", "改名").param("lon", "113.74").param("lat", "34.77"),
                form(post("/atlas/compounds/" + compound + "/delete"), other),
                form(post("/atlas/compounds/new"), other).param("communityId", "" + here.communityA)
                        .param("name", "新小区").param("lon", "113.74").param("lat", "34.77"),
                form(post("/atlas/communities/" + here.communityA + "/edit"), other).param("phone", "0371-65550000"),
                form(post("/atlas/facilities/" + communityFacility + "/edit"), other).param("name", "改名")
                        .param("categoryId", "" + category).param("communityId", "" + here.communityA)
                        .param("lon", "113.74").param("lat", "34.77"),
                form(post("/atlas/facilities/" + communityFacility + "/delete"), other),
                form(post("/atlas/centers/" + here.center + "/edit"), operator).param("name", "改名中心")
                        .param("subDistrictId", "" + here.subDistrict).param("tier", "CENTER_15")
                        .param("lon", "113.74").param("lat", "34.77"),
                form(post("/atlas/facilities/" + centerFacility + "/delete"), operator))) {
            mvc.perform(request).andExpect(status().isForbidden());
        }
        assertThat(snapshot()).isEqualTo(snapshot);
    }

    @Test
    void residentsChangeNothingAndRequestParametersCannotRaiseAnyonesRole() throws Exception {
        String resident = token(account(Role.RESIDENT, null, null));
        mvc.perform(api(put("/api/v1/compounds/" + compound), resident, compoundBody(here.communityA, "改名")))
                .andExpect(status().isForbidden());
        // an Actor comes from the login, never from the request: these parameters change nothing
        String other = token(account(Role.COMMUNITY_STAFF, there.communityA, null));
        mvc.perform(api(put("/api/v1/compounds/" + compound + "?role=DISTRICT_ADMIN&communityId=" + here.communityA
                        + "&username=admin"), other, compoundBody(here.communityA, "改名")))
                .andExpect(status().isForbidden());
    }

    private void refusedImport(String token, String csv) throws Exception {
        mvc.perform(multipart("/api/v1/imports/compounds")
                        .file(new MockMultipartFile("file", "compounds.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].row").value(2));
    }

    /** Everything the refused requests could have touched, as one comparable string. */
    private String snapshot() {
        return jdbc.sql("select string_agg(t, '|' order by t) from ("
                        + " select 'c' || id || name || community_id as t from compound where community_id in (:a, :b)"
                        + " union all select 'f' || id || name || coalesce(center_id, 0) from facility where id in (:f1, :f2)"
                        + " union all select 's' || id || name from service_center where id in (:s1, :s2)"
                        + " union all select 'm' || id || coalesce(phone, '') from community where id = :a"
                        + " union all select 'k' || count(*) from category union all select 'p' || count(*) from category_mapping"
                        + ") rows")
                .param("a", here.communityA).param("b", there.communityA)
                .param("f1", communityFacility).param("f2", centerFacility)
                .param("s1", here.center).param("s2", there.center)
                .query(String.class).single();
    }

    private String account(Role role, Long community, Long center) {
        String username = "scope-" + role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 10_000_000;
        accounts.create(Actor.SYSTEM, new NewAccount(username, "范围测试", PASSWORD, role, community, center));
        return username;
    }

    private String token(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", username, "password", PASSWORD, "label", "t"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asText();
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token, Object body)
            throws Exception {
        request.header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN");
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, MockHttpSession session) {
        return request.session(session).with(csrf());
    }

    private long facility(String name, Long community, Long center) {
        return jdbc.sql("""
                insert into facility (name, name_sort, name_initials, category_id, lon, lat, source_lon, source_lat,
                    source_crs, community_id, center_id)
                values (:n, 'x', 'x', :c, 113.74, 34.77, 113.74, 34.77, 'WGS84', :m, :s) returning id""")
                .param("n", name).param("c", category).param("m", community).param("s", center)
                .query(Long.class).single();
    }

    private Map<String, Object> compoundBody(long community, String name) {
        return Map.of("communityId", community, "name", name, "households", 10, "lon", 113.74, "lat", 34.77);
    }

    private Map<String, Object> facilityBody(Long community, Long center, String name) {
        var body = new java.util.HashMap<String, Object>(Map.of("name", name, "categoryId", category,
                "lon", 113.74, "lat", 34.77));
        body.put("communityId", community);
        body.put("centerId", center);
        return body;
    }

    private Map<String, Object> centerBody(String name) {
        return Map.of("subDistrictId", here.subDistrict, "name", name, "tier", "CENTER_15", "lon", 113.74, "lat", 34.77);
    }

    private String communityName(long id) {
        return jdbc.sql("select name from community where id = :id").param("id", id).query(String.class).single();
    }

    private String centerName(long id) {
        return jdbc.sql("select name from service_center where id = :id").param("id", id).query(String.class).single();
    }
}
