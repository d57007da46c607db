package org.lifecircle.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Community A's news, events and pictures, attacked by staff of community B (API and pages), a resident and an
 * anonymous caller: every write is refused and nothing changes. A's own staff and a district administrator succeed,
 * so the refusals are about scope.
 */
@IntegrationTest
class PortalScopeIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;

    PortalTestSupport t;
    String own;
    long post;
    long event;
    long image;
    String later;

    @BeforeEach
    void communityAWithAPostAnEventAndAPicture() throws Exception {
        t = new PortalTestSupport(mvc, jdbc, accounts);
        own = t.token(t.account(Role.COMMUNITY_STAFF, t.places.communityA));
        later = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3).withNano(0).toString();
        post = id(mvc.perform(t.api(post("/api/v1/portal/communities/" + t.codeA + "/posts"), own,
                PortalTestSupport.postBody("NEWS", "甲的新闻" + t.tag, "<p>甲</p>", "PUBLISHED", false, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        event = id(mvc.perform(t.api(post("/api/v1/portal/communities/" + t.codeA + "/events"), own,
                PortalTestSupport.eventBody("甲的活动" + t.tag, later, null, "")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        image = id(mvc.perform(upload(t.codeA, own, ImagesIT.png(8, 8, 0x336699))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void staffOfAnotherCommunityAreRefusedThroughTheApi() throws Exception {
        String other = t.token(t.account(Role.COMMUNITY_STAFF, t.places.communityB));
        String before = snapshot();
        for (RequestBuilder request : writes(other)) {
            mvc.perform(request).andExpect(status().isForbidden());
        }
        assertThat(snapshot()).isEqualTo(before);
        // their own community is theirs to write
        mvc.perform(t.api(post("/api/v1/portal/communities/" + t.codeB + "/posts"), other,
                PortalTestSupport.postBody("NEWS", "乙的新闻" + t.tag, "<p>乙</p>", "DRAFT", false, null))).andExpect(status().isCreated());
    }

    @Test
    void residentsAndAnonymousCallersWriteNothing() throws Exception {
        String resident = t.token(t.account(Role.RESIDENT, null));
        String before = snapshot();
        for (RequestBuilder request : writes(resident)) {
            mvc.perform(request).andExpect(status().isForbidden());
        }
        for (RequestBuilder request : writes(null)) {
            // no login: 401, or 403 where the missing CSRF token is noticed first
            int code = mvc.perform(request).andReturn().getResponse().getStatus();
            assertThat(code).isIn(401, 403);
        }
        assertThat(snapshot()).isEqualTo(before);
        // staff-only reading: every post with drafts
        mvc.perform(t.api(get("/api/v1/portal/communities/" + t.codeA + "/posts/all"), resident, null)).andExpect(status().isForbidden());
    }

    @Test
    void staffOfAnotherCommunityAreRefusedOnThePages() throws Exception {
        MockHttpSession other = t.login(t.account(Role.COMMUNITY_STAFF, t.places.communityB));
        String before = snapshot();
        String base = "/c/" + t.codeA + "/manage";
        mvc.perform(get(base).session(other)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/posts/new").session(other)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/posts/" + post + "/edit").session(other)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/events/" + event + "/edit").session(other)).andExpect(status().isForbidden());
        for (MockHttpServletRequestBuilder request : List.of(
                post(base + "/posts/new").param("kind", "NEWS").param("title", "冒充").param("body", "<p>x</p>").param("status", "PUBLISHED"),
                post(base + "/posts/" + post + "/edit").param("kind", "NEWS").param("title", "改名").param("body", "<p>x</p>").param("status", "PUBLISHED"),
                post(base + "/posts/" + post + "/delete"),
                post(base + "/events/new").param("title", "冒充").param("startsAt", later).param("place", "x"),
                post(base + "/events/" + event + "/edit").param("title", "改名").param("startsAt", later).param("place", "x"),
                post(base + "/events/" + event + "/delete"))) {
            mvc.perform(request.session(other).with(csrf())).andExpect(status().isForbidden());
        }
        // B's staff cannot reach A's post through B's own desk either
        mvc.perform(post("/c/" + t.codeB + "/manage/posts/" + post + "/delete").session(other).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(snapshot()).isEqualTo(before);
        // a resident has no desk at all
        MockHttpSession resident = t.login(t.account(Role.RESIDENT, null));
        mvc.perform(get(base).session(resident)).andExpect(status().isForbidden());
    }

    @Test
    void theOwnStaffAndADistrictAdministratorMayChangeAndDelete() throws Exception {
        String admin = t.token(t.account(Role.DISTRICT_ADMIN, null));
        mvc.perform(t.api(put("/api/v1/portal/posts/" + post), admin,
                PortalTestSupport.postBody("NOTICE", "区里改的" + t.tag, "<p>改</p>", "PUBLISHED", true, null))).andExpect(status().isOk());
        mvc.perform(t.api(put("/api/v1/portal/events/" + event), own,
                PortalTestSupport.eventBody("改了的活动" + t.tag, later, null, "<p>新</p>"))).andExpect(status().isOk());
        mvc.perform(t.api(delete("/api/v1/portal/images/" + image), own, null)).andExpect(status().isNoContent());
        mvc.perform(t.api(delete("/api/v1/portal/events/" + event), own, null)).andExpect(status().isNoContent());
        mvc.perform(t.api(delete("/api/v1/portal/posts/" + post), admin, null)).andExpect(status().isNoContent());
        assertThat(snapshot()).isEqualTo("posts 0, events 0, images 0");
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'portal.%' and target_id in (:p, :e, :i)")
                .param("p", "" + post).param("e", "" + event).param("i", "" + image).query(Long.class).single()).isGreaterThanOrEqualTo(6);
    }

    private List<RequestBuilder> writes(String token) throws Exception {
        return List.of(
                t.api(post("/api/v1/portal/communities/" + t.codeA + "/posts"), token,
                        PortalTestSupport.postBody("NEWS", "冒充" + t.tag, "<p>x</p>", "PUBLISHED", true, null)),
                t.api(put("/api/v1/portal/posts/" + post), token,
                        PortalTestSupport.postBody("NEWS", "改名" + t.tag, "<p>x</p>", "PUBLISHED", true, null)),
                t.api(delete("/api/v1/portal/posts/" + post), token, null),
                t.api(post("/api/v1/portal/communities/" + t.codeA + "/events"), token,
                        PortalTestSupport.eventBody("冒充" + t.tag, later, null, "")),
                t.api(put("/api/v1/portal/events/" + event), token, PortalTestSupport.eventBody("改名" + t.tag, later, null, "")),
                t.api(delete("/api/v1/portal/events/" + event), token, null),
                upload(t.codeA, token, ImagesIT.png(4, 4, 0xff0000)),
                t.api(delete("/api/v1/portal/images/" + image), token, null));
    }

    private MockHttpServletRequestBuilder upload(String code, String token, byte[] png) throws Exception {
        return t.api(multipart("/api/v1/portal/communities/" + code + "/images")
                .file(new MockMultipartFile("file", "photo.png", "image/png", png)), token, null);
    }

    /** A's posts, events and pictures, as one comparable string. */
    private String snapshot() {
        return jdbc.sql("""
                select 'posts ' || (select count(*) from portal_post where community_id = :a)
                    || coalesce((select string_agg(title || pinned || status, ',') from portal_post where community_id = :a), '')
                    || ', events ' || (select count(*) from portal_event where community_id = :a)
                    || coalesce((select string_agg(title, ',') from portal_event where community_id = :a), '')
                    || ', images ' || (select count(*) from portal_image where community_id = :a)""")
                .param("a", t.places.communityA).query(String.class).single();
    }

    private long id(String json) throws Exception {
        return t.read(json).get("id").asLong();
    }
}
