package org.lifecircle.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A community's portal as residents see it, filled through the staff API: the overview, news and notices (pinned
 * first; drafts and scheduled posts hidden), upcoming events (past ones hidden), the article page, the unknown
 * community, and the district page that finds a community by name, pinyin initials, a compound or a map point.
 */
@IntegrationTest
class PortalPagesIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;

    PortalTestSupport t;
    String staff;

    @BeforeEach
    void aCommunityWithStaff() throws Exception {
        t = new PortalTestSupport(mvc, jdbc, accounts);
        staff = t.token(t.account(Role.COMMUNITY_STAFF, t.places.communityA));
        jdbc.sql("update community set committee_address = '如意东路 1 号', phone = '0371-65550001', office_hours = '周一至周五 9:00-17:00',"
                + " lon = 113.74, lat = 34.77 where id = :id").param("id", t.places.communityA).update();
    }

    @Test
    void thePortalShowsTheOverviewPublishedPostsPinnedFirstAndUpcomingEventsOnly() throws Exception {
        String now = LocalDateTime.now(ZONE).minusHours(1).withNano(0).toString();
        long news = create("NEWS", "重阳节敬老活动圆满举行" + t.tag, "PUBLISHED", false, now);
        long notice = create("NOTICE", "停水通知" + t.tag, "PUBLISHED", true, LocalDateTime.now(ZONE).minusDays(3).withNano(0).toString());
        long draft = create("NEWS", "草稿不公开" + t.tag, "DRAFT", false, null);
        long scheduled = create("NOTICE", "明天才发布" + t.tag, "PUBLISHED", false, LocalDateTime.now(ZONE).plusDays(1).withNano(0).toString());
        String soon = LocalDateTime.now(ZONE).plusDays(2).withHour(9).withMinute(30).withSecond(0).withNano(0).toString();
        event("义诊进社区" + t.tag, soon, null);
        event("上个月的讲座" + t.tag, LocalDateTime.now(ZONE).minusDays(30).withNano(0).toString(),
                LocalDateTime.now(ZONE).minusDays(30).plusHours(2).withNano(0).toString());

        String page = mvc.perform(get("/c/" + t.codeA).header("Accept-Language", "zh-CN")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("PT" + t.tag + "甲社区", "如意东路 1 号", "周一至周五 9:00-17:00", "href=\"tel:0371-65550001\"",
                "PT" + t.tag + "街道", "/c/" + t.codeA + "/handbook", "id=\"portal-map\"", "id=\"nearby-compound\"");
        assertThat(page).contains("停水通知" + t.tag, "重阳节敬老活动圆满举行" + t.tag, "义诊进社区" + t.tag)
                .doesNotContain("草稿不公开" + t.tag, "明天才发布" + t.tag, "上个月的讲座" + t.tag);
        assertThat(page.indexOf("停水通知" + t.tag)).as("the pinned notice first").isLessThan(page.indexOf("重阳节敬老活动圆满举行" + t.tag));

        JsonNode list = t.read(mvc.perform(get("/api/v1/portal/communities/" + t.codeA + "/posts"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.get("items")).extracting(n -> n.get("id").asLong()).containsExactly(notice, news);
        JsonNode events = t.read(mvc.perform(get("/api/v1/portal/communities/" + t.codeA + "/events"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(events).extracting(n -> n.get("title").asText()).containsExactly("义诊进社区" + t.tag);
        assertThat(events.get(0).get("startsAt").asText()).startsWith(soon.substring(0, 16)).endsWith("+08:00");

        // drafts and scheduled posts are not found by residents, page or API, but their staff see them
        for (long hidden : new long[] {draft, scheduled}) {
            mvc.perform(get("/c/" + t.codeA + "/news/" + hidden)).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/portal/posts/" + hidden)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/portal/posts/" + draft).header("Authorization", "Bearer " + staff)).andExpect(status().isOk());
        String article = mvc.perform(get("/c/" + t.codeA + "/news/" + news)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(article).contains("重阳节敬老活动圆满举行" + t.tag, "<p>正文<strong>重点</strong></p>");
        // a post is only found under its own community's address
        mvc.perform(get("/c/" + t.codeB + "/news/" + news)).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownCommunityIsA404PageAndProblem() throws Exception {
        // (the error page itself is rendered by the servlet container's error dispatch: the browser test sees it)
        mvc.perform(get("/c/999999999999").header("Accept-Language", "zh-CN")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/portal/communities/999999999999/posts")).andExpect(status().isNotFound());
        mvc.perform(get("/c/999999999999/news/1")).andExpect(status().isNotFound());
    }

    @Test
    void theDistrictPageFindsACommunityByNameInitialsCompoundOrMapPoint() throws Exception {
        String compound = "门户测试花园" + t.tag;
        jdbc.sql("""
                insert into compound (community_id, name, name_sort, name_initials, address, lon, lat, source_lon, source_lat, source_crs)
                values (:c, :n, :s, :i, '测试大道 8 号', 113.9, 34.9, 113.9, 34.9, 'WGS84')""")
                .param("c", t.places.communityB).param("n", compound).param("s", Pinyin.sortKey(compound))
                .param("i", Pinyin.initials(compound)).update();

        String byName = mvc.perform(get("/c").param("q", "PT" + t.tag + "甲")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(byName).contains("href=\"/c/" + t.codeA + "\"").doesNotContain("href=\"/c/" + t.codeB + "\"");
        String byCompound = mvc.perform(get("/c").param("q", "门户测试花园" + t.tag)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(byCompound).contains("href=\"/c/" + t.codeB + "\"").contains(compound);
        JsonNode byInitials = t.read(mvc.perform(get("/api/v1/portal/communities").param("q", "mhcshy"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(byInitials).anySatisfy(p -> assertThat(p.get("code").asText()).isEqualTo(t.codeB));
        JsonNode nearest = t.read(mvc.perform(get("/api/v1/portal/places/nearest").param("lon", "113.9001").param("lat", "34.9001"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(nearest.get("code").asText()).isEqualTo(t.codeB);
        assertThat(nearest.get("compound").asText()).isEqualTo(compound);
        assertThat(nearest.get("metres").asDouble()).isLessThan(20);
        mvc.perform(get("/api/v1/portal/places/nearest").param("lon", "200").param("lat", "34.9"))
                .andExpect(status().isBadRequest());
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).contains("href=\"/c\"");
    }

    private long create(String kind, String title, String status, boolean pinned, String at) throws Exception {
        String body = mvc.perform(t.api(post("/api/v1/portal/communities/" + t.codeA + "/posts"), staff,
                        PortalTestSupport.postBody(kind, title, "<p>正文<strong>重点</strong></p>", status, pinned, at)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return t.read(body).get("id").asLong();
    }

    private void event(String title, String starts, String ends) throws Exception {
        mvc.perform(t.api(post("/api/v1/portal/communities/" + t.codeA + "/events"), staff,
                PortalTestSupport.eventBody(title, starts, ends, "<p>欢迎参加</p>"))).andExpect(status().isCreated());
    }
}
