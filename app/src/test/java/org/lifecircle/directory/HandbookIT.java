package org.lifecircle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.AccountService;
import org.lifecircle.network.StreetNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The handbook of a community: its content (overview, errands, merchants by the 11 categories with walking minutes
 * from the engine), the PDF, and editions (who may generate them, numbering, the "changed since" notice, the audit).
 */
@IntegrationTest
class HandbookIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StreetNetwork streets;
    @Autowired AccountService accounts;
    final ObjectMapper json = new ObjectMapper();
    DirectoryFixture f;

    @BeforeEach
    void aCommunityWithMerchants() {
        f = new DirectoryFixture(jdbc, streets, accounts);
        jdbc.sql("""
                insert into errand_guide (community_id, title, title_sort, place, materials, hours, example)
                values (:c, :t, 'banli', '社区服务站', '身份证、户口簿', '周一至周五', true)""")
                .param("c", f.places.communityA).param("t", "办理居住证" + f.tag).update();
        jdbc.sql("""
                insert into errand_guide (community_id, title, title_sort, place, materials)
                values (:c, :t, 'qita', '别处', '无')""")
                .param("c", f.places.communityB).param("t", "乙社区的事项" + f.tag).update();
    }

    @Test
    void directoryByCategoryNearestFirstWithWalkingMinutesFromTheCompounds() throws Exception {
        JsonNode d = json.readTree(mvc.perform(get("/api/v1/directory/communities/" + f.codeA))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(d.get("sections")).hasSize(11);
        JsonNode pharmacy = entry(d, "近邻大药房" + f.tag);
        assertThat(pharmacy.get("minutes").asInt()).isEqualTo((int) Math.max(1, Math.round(f.nearMinutes)));
        assertThat(pharmacy.get("fromCompound").asText()).isEqualTo("名录小区" + f.tag);
        assertThat(pharmacy.get("phone").asText()).isEqualTo("0371-12345678");
        assertThat(entry(d, "街角理发店" + f.tag).get("minutes").asInt()).isEqualTo((int) Math.round(f.midMinutes));
        assertThat(entry(d, "社区食堂" + f.tag).get("minutes").isNull()).isTrue(); // recorded in the community, far
        assertThat(d.toString()).doesNotContain("远方药房" + f.tag);
        assertThat(section(d, "health").get("entries")).anySatisfy(e -> assertThat(e.get("name").asText()).isEqualTo("近邻大药房" + f.tag));
        for (JsonNode s : d.get("sections")) {
            List<Integer> minutes = new ArrayList<>();
            s.get("entries").forEach(e -> minutes.add(e.get("minutes").isNull() ? Integer.MAX_VALUE : e.get("minutes").asInt()));
            assertThat(minutes).as(s.get("code").asText()).isSorted();
        }
    }

    @Test
    void thePagePrintsOverviewErrandsAndMerchants() throws Exception {
        String page = mvc.perform(get("/c/" + f.codeA + "/handbook").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("测试路1号" + f.tag, "0371-66660000", "周一至周五 9:00-17:00", "名录小区" + f.tag)
                .contains("办理居住证" + f.tag, "身份证、户口簿", "示例")
                .doesNotContain("乙社区的事项" + f.tag)
                .contains("近邻大药房" + f.tag, "步行 " + Math.max(1, Math.round(f.nearMinutes)) + " 分钟", "医疗卫生类", "美容美发类")
                .contains("社区食堂" + f.tag, "本社区登记")
                .doesNotContain("远方药房" + f.tag)
                .contains("tel:0371-12345678", "<svg"); // tap to call; the QR code
        String english = mvc.perform(get("/c/" + f.codeA + "/handbook?lang=en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Nearby businesses", "Medical and health", "Government errands");
        mvc.perform(get("/c/000000000000/handbook")).andExpect(status().isNotFound());
    }

    @Test
    void beforeAnyEditionThePdfIsTheCurrentDirectoryWithMerchantsAndCategories() throws Exception {
        byte[] pdf = mvc.perform(get("/c/" + f.codeA + "/handbook.pdf?format=A4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("便民服务手册", "近邻大药房" + f.tag, "街角理发店" + f.tag, "医疗卫生类", "美容美发类",
                "办理居住证" + f.tag, "当前名录").doesNotContain("远方药房" + f.tag);
    }

    @Test
    void staffOfTheCommunityGenerateEditionsOthersAreRefused() throws Exception {
        String url = "/api/v1/directory/communities/" + f.codeA + "/handbook/editions";
        mvc.perform(post(url)).andExpect(status().is4xxClientError());
        MockHttpSession b = DirectoryFixture.login(mvc, f.staffB);
        mvc.perform(post(url).session(b).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/directory/handbooks/" + f.codeA + "/editions").session(b).with(csrf()))
                .andExpect(status().isForbidden());

        MockHttpSession a = DirectoryFixture.login(mvc, f.staffA);
        JsonNode first = json.readTree(mvc.perform(post(url + "?format=A5").session(a).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("format").asText()).isEqualTo("A5");
        assertThat(first.get("merchantCount").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("generatedBy").asText()).isEqualTo(f.staffA);

        byte[] latest = mvc.perform(get("/c/" + f.codeA + "/handbook.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(latest)).contains("第 1 版", "近邻大药房" + f.tag);
        String page = mvc.perform(get("/c/" + f.codeA + "/handbook").header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("第 1 版").doesNotContain("changed-notice");

        // a change to the directory: the page says the latest edition is out of date until the next one
        jdbc.sql("update facility set phone = '0371-87654321', updated_at = now() where id = :id").param("id", f.near).update();
        page = mvc.perform(get("/c/" + f.codeA + "/handbook").header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("changed-notice");
        mvc.perform(post("/directory/handbooks/" + f.codeA + "/editions").param("format", "A4").session(a).with(csrf()))
                .andExpect(status().is3xxRedirection());
        JsonNode list = json.readTree(mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("number").asInt()).isEqualTo(2);
        assertThat(list.get(0).get("format").asText()).isEqualTo("A4");
        assertThat(text(mvc.perform(get("/c/" + f.codeA + "/handbook/editions/2.pdf")).andReturn().getResponse()
                .getContentAsByteArray())).contains("0371-87654321");
        assertThat(text(mvc.perform(get("/c/" + f.codeA + "/handbook/editions/1.pdf")).andReturn().getResponse()
                .getContentAsByteArray())).contains("0371-12345678").doesNotContain("0371-87654321");
        mvc.perform(get("/c/" + f.codeA + "/handbook/editions/9.pdf")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/c/" + f.codeA + "/handbook").header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString()).doesNotContain("changed-notice");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'directory.handbook.generated' and target_id = :c")
                .param("c", String.valueOf(f.places.communityA)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anAdministratorMayGenerateAnyCommunitysEdition() throws Exception {
        MockHttpSession admin = DirectoryFixture.login(mvc, f.admin);
        mvc.perform(post("/api/v1/directory/communities/" + f.codeB + "/handbook/editions").session(admin).with(csrf()))
                .andExpect(status().isCreated());
    }

    static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static JsonNode entry(JsonNode directory, String name) {
        for (JsonNode s : directory.get("sections")) {
            for (JsonNode e : s.get("entries")) {
                if (e.get("name").asText().equals(name)) {
                    return e;
                }
            }
        }
        throw new AssertionError(name + " not in the directory");
    }

    static JsonNode section(JsonNode directory, String code) {
        for (JsonNode s : directory.get("sections")) {
            if (s.get("code").asText().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("no section " + code);
    }
}
