package org.lifecircle.planning.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Role;
import org.lifecircle.network.StreetNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Editing the standards: whole-or-nothing with field errors, versions and audit, who may, and the pages. */
@IntegrationTest
class StandardsEditingIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired StreetNetwork streets;
    final ObjectMapper json = new ObjectMapper();

    ComplianceFixture f;
    String planner;
    long row;
    Map<String, Object> rowValues;

    @BeforeEach
    void aRowOfTheTestsOwn() throws Exception {
        f = new ComplianceFixture(jdbc, streets.network());
        planner = ComplianceFixture.token(mvc, accounts, Role.PLANNER, null);
        rowValues = new HashMap<>(ComplianceFixture.row(StandardTier.CIRCLE_5, "编辑测试" + f.tag, f.nearKind, 5));
        String body = mvc.perform(post("/api/v1/planning/standards/requirements").header("Authorization", "Bearer " + planner)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(rowValues)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        row = json.readTree(body).get("id").asLong();
    }

    @Test
    void theSeededTableKeepsEveryTierWithSourcesAndUnmeasurableRows() throws Exception {
        JsonNode table = json.readTree(mvc.perform(get("/api/v1/planning/standards").header("Authorization", "Bearer " + planner))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(table.get("requirements")).anySatisfy(r -> {
            assertThat(r.get("nameZh").asText()).isEqualTo("司法所");
            assertThat(r.get("codes")).isEmpty();
            assertThat(r.get("source").asText()).startsWith("GB 50180-2018");
            assertThat(r.get("confidence").asText()).isEqualTo("R");
        });
        assertThat(table.get("requirements")).anySatisfy(r -> {
            assertThat(r.get("tier").asText()).isEqualTo("BLOCK");
            assertThat(r.get("nameZh").asText()).isEqualTo("邮件和快件送达设施");
        });
        assertThat(table.get("functions")).hasSize(12);
        assertThat(table.get("composition")).extracting(c -> c.get("areaM2").asDouble()).containsExactly(1000.0, 6000.0, 5000.0);
    }

    @Test
    void aBadEditNamesEveryFieldAndChangesNothing() throws Exception {
        long versionsBefore = versions();
        long auditBefore = audits();
        Map<String, Object> bad = new HashMap<>(rowValues);
        bad.put("codes", f.nearKind + "|no_such_kind");
        bad.put("minutes", 0);
        bad.put("source", " ");
        mvc.perform(put("/api/v1/planning/standards/requirements/" + row).header("Authorization", "Bearer " + planner)
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(bad)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field", Matchers.containsInAnyOrder("codes", "minutes", "source")))
                .andExpect(jsonPath("$.problems[?(@.field == 'codes')].message", Matchers.contains("类别目录中没有代码“no_such_kind”")));
        JsonNode after = json.readTree(mvc.perform(get("/api/v1/planning/standards/requirements/" + row)
                .header("Authorization", "Bearer " + planner)).andReturn().getResponse().getContentAsByteArray());
        assertThat(after.get("codes").get(0).asText()).isEqualTo(f.nearKind);
        assertThat(after.get("codes")).hasSize(1);
        assertThat(after.get("minutes").asInt()).isEqualTo(5);
        assertThat(after.get("version").asInt()).isEqualTo(1);
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(audits()).isEqualTo(auditBefore);
    }

    @Test
    void everyChangeIsAVersionAndAnAuditEntry() throws Exception {
        rowValues.put("minutes", 8);
        mvc.perform(put("/api/v1/planning/standards/requirements/" + row).header("Authorization", "Bearer " + planner)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(rowValues))).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/planning/standards/requirements/" + row).header("Authorization", "Bearer " + planner))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/planning/standards/requirements/" + row + "/versions").header("Authorization", "Bearer " + planner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].change", Matchers.contains("CREATED", "UPDATED", "DEACTIVATED")))
                .andExpect(jsonPath("$[*].row.minutes", Matchers.contains(5, 8, 8)))
                .andExpect(jsonPath("$[2].changedBy", Matchers.startsWith("std-planner-")));
        assertThat(jdbc.sql("select action from audit_event where target_type = 'standard_requirement' and target_id = :id order by id")
                .param("id", Long.toString(row)).query(String.class).list())
                .containsExactly("planning.standards.requirement.created", "planning.standards.requirement.updated",
                        "planning.standards.requirement.deactivated");
    }

    @Test
    void residentsAndCommunityStaffAreRefused() throws Exception {
        String center = "/api/v1/planning/standards/compliance/centers/" + f.places.center;
        mvc.perform(get(center)).andExpect(status().isUnauthorized());
        for (Role role : new Role[]{Role.RESIDENT, Role.COMMUNITY_STAFF}) {
            String token = ComplianceFixture.token(mvc, accounts, role, f.places.communityA);
            mvc.perform(get(center).header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/planning/standards").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/planning/standards/requirements/" + row).header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(rowValues)))
                    .andExpect(status().isForbidden());
            MockHttpSession session = ComplianceFixture.login(mvc, accounts, role, f.places.communityA);
            mvc.perform(get("/planning/standards/compliance").session(session)).andExpect(status().isForbidden());
        }
        assertThat(versions()).isEqualTo(1);
        String admin = ComplianceFixture.token(mvc, accounts, Role.DISTRICT_ADMIN, null);
        mvc.perform(get(center).header("Authorization", "Bearer " + admin)).andExpect(status().isOk());
    }

    @Test
    void thePagesShowTheTableTheFormsAndTheResults() throws Exception {
        MockHttpSession session = ComplianceFixture.login(mvc, accounts, Role.PLANNER, null);
        mvc.perform(get("/planning/standards").session(session).header("Accept-Language", "zh-CN")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("编辑测试" + f.tag)))
                .andExpect(content().string(Matchers.containsString("登记册无法衡量")))
                .andExpect(content().string(Matchers.containsString("R：根据资料重建")));
        mvc.perform(get("/planning/standards/requirements/new?tier=BLOCK").session(session)).andExpect(status().isOk());
        mvc.perform(get("/planning/standards/requirements/" + row + "/edit").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"versions\"")));
        long function = jdbc.sql("select id from standard_function where code = 'farmers_market'").query(Long.class).single();
        mvc.perform(get("/planning/standards/functions/" + function + "/edit").session(session)).andExpect(status().isOk());
        mvc.perform(get("/planning/standards/composition/SOCIAL/edit").session(session)).andExpect(status().isOk());
        mvc.perform(get("/planning/standards/compliance?subDistrictId=" + f.places.subDistrict).session(session))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("STD" + f.tag + "中心")));
        mvc.perform(get("/planning/standards/compliance/centers/" + f.places.center + "?lang=en").session(session))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Standard center composition")));
        mvc.perform(get("/planning/standards/compliance/communities/" + f.places.communityA).session(session))
                .andExpect(status().isOk());

        mvc.perform(post("/planning/standards/requirements/" + row + "/edit").session(session).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("tier", "CIRCLE_5").param("nameZh", "编辑测试" + f.tag).param("nameEn", "Edit test")
                        .param("codes", "no_such_kind").param("minutes", "5").param("source", "Standards test")
                        .param("confidence", "R").param("active", "true"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("类别目录中没有代码“no_such_kind”")));
        mvc.perform(post("/planning/standards/requirements/" + row + "/edit").session(session).with(csrf())
                        .param("tier", "CIRCLE_5").param("nameZh", "编辑测试" + f.tag).param("nameEn", "Edit test")
                        .param("codes", f.nearKind + "|" + f.farKind).param("minutes", "").param("source", "Standards test")
                        .param("confidence", "C").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select service_codes || ' ' || minutes || ' ' || confidence from standard_requirement where id = :id")
                .param("id", row).query(String.class).single()).isEqualTo(f.nearKind + "|" + f.farKind + " 5 C");
    }

    private long versions() {
        return jdbc.sql("select count(*) from standard_requirement_version where requirement_id = :id").param("id", row)
                .query(Long.class).single();
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_event where target_type = 'standard_requirement' and target_id = :id")
                .param("id", Long.toString(row)).query(Long.class).single();
    }
}
