package org.lifecircle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
import org.springframework.test.web.servlet.ResultMatcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeping the directory true: public proposals (validated, each problem named by its field, nothing stored when
 * invalid), staff approval applying the change to the registry and verifying it, rejection with a reason changing
 * nothing, staleness and "verified today", and the scope between two communities' staff.
 */
@IntegrationTest
class ProposalsIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StreetNetwork streets;
    @Autowired AccountService accounts;
    final ObjectMapper json = new ObjectMapper();
    DirectoryFixture f;
    long pharmacyKind;

    @BeforeEach
    void aCommunityWithMerchants() {
        f = new DirectoryFixture(jdbc, streets, accounts);
        pharmacyKind = jdbc.sql("select id from category where code = 'pharmacy'").query(Long.class).single();
    }

    @Test
    void aNewShopProposedByAnyoneIsAddedWhenStaffApprove() throws Exception {
        double[] at = f.corner(1);
        long id = propose("""
                {"kind":"NEW","communityId":%d,"name":"新开药店%s","categoryId":%d,"address":"测试街9号",
                 "businessScope":"中西成药","phone":"13800138000","openingHours":"Mo-Su 08:00-22:00",
                 "lon":%s,"lat":%s,"proposerName":"王老板","proposerPhone":"13900139000"}"""
                .formatted(f.places.communityA, f.tag, pharmacyKind, at[0], at[1]), null, status().isCreated());
        assertThat(count("facility where name = '新开药店" + f.tag + "'")).isZero();

        MockHttpSession b = DirectoryFixture.login(mvc, f.staffB);
        mvc.perform(post("/api/v1/directory/proposals/" + id + "/approve").session(b).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(listed(b)).doesNotContain(id);
        mvc.perform(get("/api/v1/directory/proposals/" + id).session(b)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/directory/proposals/" + id)).andExpect(status().isForbidden()); // the proposer's phone

        MockHttpSession a = DirectoryFixture.login(mvc, f.staffA);
        assertThat(listed(a)).contains(id);
        String page = mvc.perform(get("/directory/proposals").session(a)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("新开药店" + f.tag, "王老板", "13900139000");
        JsonNode approved = json.readTree(mvc.perform(post("/api/v1/directory/proposals/" + id + "/approve").session(a).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedBy").asText()).isEqualTo(f.staffA);
        var row = jdbc.sql("select community_id, phone, opening_hours, verified_at from facility where name = :n")
                .param("n", "新开药店" + f.tag).query().singleRow();
        assertThat(row.get("community_id")).isEqualTo(f.places.communityA);
        assertThat(row.get("phone")).isEqualTo("13800138000");
        assertThat(verifiedOn("新开药店" + f.tag)).isEqualTo(LocalDate.now(CHINA));
        // in the directory at once, with its walk
        JsonNode d = json.readTree(mvc.perform(get("/api/v1/directory/communities/" + f.codeA)).andReturn().getResponse().getContentAsString());
        assertThat(HandbookIT.entry(d, "新开药店" + f.tag).get("minutes").isNull()).isFalse();
        mvc.perform(post("/api/v1/directory/proposals/" + id + "/approve").session(a).with(csrf()))
                .andExpect(status().isBadRequest()); // decided already
        assertThat(count("audit_event where action = 'directory.proposal.approved' and target_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void aChangedPhoneIsAppliedOnApprovalAndAClosedShopLeaves() throws Exception {
        long changed = propose("""
                {"kind":"CHANGED","communityId":%d,"facilityId":%d,"phone":"0371-55556666",
                 "proposerName":"店员","proposerPhone":"13900139001"}""".formatted(f.places.communityA, f.farInCommunity),
                null, status().isCreated());
        long unrecorded = propose("""
                {"kind":"CHANGED","communityId":%d,"facilityId":%d,"phone":"0371-55557777",
                 "proposerName":"店员","proposerPhone":"13900139001"}""".formatted(f.places.communityA, f.near),
                null, status().isCreated());
        long closed = propose("""
                {"kind":"CLOSED","communityId":%d,"facilityId":%d,"note":"已关门两个月",
                 "proposerName":"居民","proposerPhone":"13900139002"}""".formatted(f.places.communityA, f.farInCommunity),
                null, status().isCreated());
        jdbc.sql("update facility set verified_at = now() - interval '400 days' where id = :id").param("id", f.farInCommunity).update();
        MockHttpSession a = DirectoryFixture.login(mvc, f.staffA);
        mvc.perform(post("/directory/proposals/" + changed + "/approve").session(a).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select phone from facility where id = :id").param("id", f.farInCommunity).query(String.class).single())
                .isEqualTo("0371-55556666");
        assertThat(verifiedOn(f.farInCommunity)).isEqualTo(LocalDate.now(CHINA));
        assertThat(jdbc.sql("select name from facility where id = :id").param("id", f.farInCommunity).query(String.class).single())
                .isEqualTo("社区食堂" + f.tag); // only what was proposed changes

        // an entry recorded in no community is the district's: its administrators decide, not the community's staff
        assertThat(listed(a)).doesNotContain(unrecorded);
        mvc.perform(post("/api/v1/directory/proposals/" + unrecorded + "/approve").session(a).with(csrf()))
                .andExpect(status().isForbidden());
        MockHttpSession admin = DirectoryFixture.login(mvc, f.admin);
        assertThat(listed(admin)).contains(unrecorded);
        mvc.perform(post("/api/v1/directory/proposals/" + unrecorded + "/approve").session(admin).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select phone from facility where id = :id").param("id", f.near).query(String.class).single())
                .isEqualTo("0371-55557777");

        mvc.perform(post("/api/v1/directory/proposals/" + closed + "/approve").session(a).with(csrf()))
                .andExpect(status().isOk());
        assertThat(count("facility where id = " + f.farInCommunity)).isZero();
    }

    @Test
    void aRejectionNeedsAReasonAndChangesNothing() throws Exception {
        long id = propose("""
                {"kind":"CHANGED","communityId":%d,"facilityId":%d,"name":"改名药房%s",
                 "proposerName":"路人","proposerPhone":"13900139003"}""".formatted(f.places.communityA, f.farInCommunity, f.tag),
                null, status().isCreated());
        MockHttpSession a = DirectoryFixture.login(mvc, f.staffA);
        problems(mvc.perform(post("/api/v1/directory/proposals/" + id + "/reject").session(a).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}")).andExpect(status().isBadRequest()), "reason");
        JsonNode rejected = json.readTree(mvc.perform(post("/api/v1/directory/proposals/" + id + "/reject").session(a).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"核实后店名未变\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText()).isEqualTo("核实后店名未变");
        assertThat(count("facility where name = '改名药房" + f.tag + "'")).isZero();
        assertThat(count("facility where name = '社区食堂" + f.tag + "'")).isEqualTo(1);
    }

    @Test
    void invalidProposalsNameEachFieldAndStoreNothing() throws Exception {
        long before = count("directory_proposal");
        JsonNode p = refused("""
                {"kind":"NEW","communityId":%d,"phone":"12345","openingHours":"whenever",
                 "proposerName":"某人","proposerPhone":"not a phone"}""".formatted(f.places.communityA),
                "name", "address", "categoryId", "phone", "openingHours", "proposerPhone");
        assertThat(p.get("detail").asText()).isNotBlank();
        refused("""
                {"kind":"CHANGED","communityId":%d,"facilityId":999999999,"proposerName":"某人","proposerPhone":"13900139000"}"""
                .formatted(f.places.communityA), "facilityId", "name");
        refused("""
                {"kind":"CLOSED","communityId":%d,"proposerName":"%s","proposerPhone":"13900139000"}"""
                .formatted(f.places.communityA, "名".repeat(61)), "proposerName");
        refused("""
                {"kind":"NEW","communityId":%d,"name":"店","categoryId":%d,"address":"某处","note":"%s",
                 "proposerName":"某人","proposerPhone":"13900139000"}"""
                .formatted(f.places.communityA, pharmacyKind, "长".repeat(1001)), "note");
        refused("{\"kind\":\"NEW\",\"communityId\":-1,\"name\":\"店\",\"categoryId\":" + pharmacyKind
                + ",\"address\":\"某处\",\"proposerName\":\"某人\",\"proposerPhone\":\"13900139000\"}", "communityId");
        refused("{\"kind\":\"MAYBE\"}");
        assertThat(count("directory_proposal")).isEqualTo(before);
    }

    @Test
    void staleEntriesAreFlaggedForTheirCommunityStaffWhoMarkThemVerified() throws Exception {
        jdbc.sql("update facility set verified_at = now() - interval '200 days' where id = :id").param("id", f.farInCommunity).update();
        jdbc.sql("update facility set verified_at = now() - interval '100 days' where id = :id").param("id", f.near).update();
        MockHttpSession a = DirectoryFixture.login(mvc, f.staffA);
        String page = mvc.perform(get("/directory/verification").session(a)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("社区食堂" + f.tag).doesNotContain("近邻大药房" + f.tag);
        assertThat(mvc.perform(get("/c/" + f.codeA + "/handbook").header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString()).contains("待核实");

        MockHttpSession b = DirectoryFixture.login(mvc, f.staffB);
        assertThat(mvc.perform(get("/directory/verification").session(b)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("社区食堂" + f.tag);
        mvc.perform(get("/directory/verification?communityId=" + f.places.communityA).session(b)).andExpect(status().isForbidden());
        mvc.perform(post("/directory/verification/" + f.farInCommunity).session(b).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/directory/facilities/" + f.farInCommunity + "/verified").session(b).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(verifiedOn(f.farInCommunity)).isBefore(LocalDate.now(CHINA));

        mvc.perform(post("/directory/verification/" + f.farInCommunity).session(a).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(verifiedOn(f.farInCommunity)).isEqualTo(LocalDate.now(CHINA));
        assertThat(mvc.perform(get("/directory/verification").session(a)).andReturn().getResponse().getContentAsString())
                .contains("已核实：社区食堂" + f.tag).doesNotContain("data-id=\"" + f.farInCommunity + "\"");
        assertThat(count("audit_event where action = 'atlas.facility.verified' and target_id = '" + f.farInCommunity + "'")).isEqualTo(1);
        mvc.perform(get("/directory/verification")).andExpect(status().is3xxRedirection()); // to the login
    }

    @Test
    void aProgramWithoutASessionProposesWithoutACsrfTokenButASessionMustSendOne() throws Exception {
        String body = """
                {"kind":"NEW","communityId":%d,"name":"终端提交%s","categoryId":%d,"address":"测试街10号",
                 "proposerName":"李老板","proposerPhone":"13900139001"}""".formatted(f.places.communityA, f.tag, pharmacyKind);
        mvc.perform(post("/api/v1/directory/proposals").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        MockHttpSession a = DirectoryFixture.login(mvc, f.staffA);
        mvc.perform(post("/api/v1/directory/proposals").session(a).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        assertThat(count("directory_proposal where name = '终端提交" + f.tag + "'")).isEqualTo(1);
    }

    private long propose(String body, MockHttpSession session, ResultMatcher expected, String... fields) throws Exception {
        var request = post("/api/v1/directory/proposals").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
        if (session != null) {
            request = request.session(session);
        }
        var result = mvc.perform(request).andExpect(expected);
        JsonNode answer = json.readTree(result.andReturn().getResponse().getContentAsString());
        if (fields.length > 0) {
            problems(result, fields);
        }
        return answer.has("id") ? answer.get("id").asLong() : -1;
    }

    /** A proposal refused with a 400 whose problems name at least these fields. */
    private JsonNode refused(String body, String... fields) throws Exception {
        var result = mvc.perform(post("/api/v1/directory/proposals").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isBadRequest());
        if (fields.length > 0) {
            problems(result, fields);
        }
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private void problems(org.springframework.test.web.servlet.ResultActions result, String... fields) throws Exception {
        JsonNode answer = json.readTree(result.andReturn().getResponse().getContentAsString());
        List<String> named = new ArrayList<>();
        answer.get("problems").forEach(p -> named.add(p.get("field").asText()));
        assertThat(named).contains(fields);
    }

    private List<Long> listed(MockHttpSession session) throws Exception {
        List<Long> ids = new ArrayList<>();
        json.readTree(mvc.perform(get("/api/v1/directory/proposals").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }

    private LocalDate verifiedOn(Object nameOrId) {
        String where = nameOrId instanceof String ? "name = :k" : "id = :k";
        return jdbc.sql("select verified_at from facility where " + where).param("k", nameOrId)
                .query(java.time.OffsetDateTime.class).single().atZoneSameInstant(CHINA).toLocalDate();
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }
}
