package org.lifecircle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.AccountService;
import org.lifecircle.network.StreetNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Errand guides: district-wide ones are the administrators', a community's its staff's; errors name the field. */
@IntegrationTest
class ErrandsIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StreetNetwork streets;
    @Autowired AccountService accounts;
    final ObjectMapper json = new ObjectMapper();
    DirectoryFixture f;

    @BeforeEach
    void places() {
        f = new DirectoryFixture(jdbc, streets, accounts);
    }

    private String guide(Long community, String title, String phone) {
        return """
                {"communityId":%s,"title":"%s","place":"社区服务站","materials":"身份证","hours":"工作日","phone":%s}"""
                .formatted(community, title, phone == null ? "null" : "\"" + phone + "\"");
    }

    @Test
    void scopeAndValidation() throws Exception {
        MockHttpSession a = DirectoryFixture.login(mvc, f.staffA);
        MockHttpSession admin = DirectoryFixture.login(mvc, f.admin);
        String url = "/api/v1/directory/errands";
        mvc.perform(post(url).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(guide(null, "全区" + f.tag, null)))
                .andExpect(status().is4xxClientError()); // anonymous
        mvc.perform(post(url).session(a).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(guide(null, "全区" + f.tag, null)))
                .andExpect(status().isForbidden());
        mvc.perform(post(url).session(a).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(guide(f.places.communityB, "乙的" + f.tag, null))).andExpect(status().isForbidden());
        JsonNode mine = json.readTree(mvc.perform(post(url).session(a).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(guide(f.places.communityA, "甲的" + f.tag, "0371 66668888")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(mine.get("phone").asText()).isEqualTo("0371-66668888");
        mvc.perform(post(url).session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(guide(null, "全区" + f.tag, null))).andExpect(status().isCreated());

        JsonNode bad = json.readTree(mvc.perform(post(url).session(a).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(guide(f.places.communityA, "", null))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());
        assertThat(bad.get("problems").toString()).contains("\"field\":\"title\"");
        bad = json.readTree(mvc.perform(put(url + "/" + mine.get("id").asLong()).session(a).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(guide(f.places.communityA, "甲的" + f.tag, "123")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(bad.get("problems").toString()).contains("\"field\":\"phone\"");

        String forA = mvc.perform(get(url + "?communityId=" + f.places.communityA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(forA).contains("甲的" + f.tag, "全区" + f.tag);
        assertThat(mvc.perform(get(url + "?communityId=" + f.places.communityB)).andReturn().getResponse().getContentAsString())
                .contains("全区" + f.tag).doesNotContain("甲的" + f.tag);
        assertThat(mvc.perform(get("/directory/errands").session(a)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("甲的" + f.tag);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'directory.errand.created' and summary like :t")
                .param("t", "%" + f.tag).query(Long.class).single()).isEqualTo(2);
        jdbc.sql("delete from errand_guide where title = :t").param("t", "全区" + f.tag).update(); // district-wide: others' tests
    }
}
