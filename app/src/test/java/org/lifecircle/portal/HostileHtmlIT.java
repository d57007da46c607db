package org.lifecircle.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff-written HTML full of attacks, sent through the API and through the editor page, for a post and for an event:
 * what is stored and what the portal renders carries none of it, while the harmless formatting is still there.
 */
@IntegrationTest
class HostileHtmlIT {

    static final String HOSTILE = """
            <h2>停水通知</h2><p>因管道维修，<strong>明天</strong>停水，<em>请提前储水</em>，<u>注意</u>。</p>
            <ul><li>时间 9:00-17:00</li></ul><blockquote>物业服务中心</blockquote>
            <p><a href="https://example.org/notice">详情</a> <a href="tel:0371-65550001">电话</a></p>
            <script>alert('script')</script>
            <img src=x onerror="alert('onerror')">
            <a href="javascript:alert('js')">点我</a>
            <a href="JAVASCRIPT:alert('js2')">点我</a>
            <svg onload="alert('svg')"><circle r="1"></circle></svg>
            <iframe src="https://evil.example/frame"></iframe>
            <p style="background:url(javascript:alert('style'));width:expression(alert('expr'))">样式</p>
            <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">数据</a>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <img src="https://evil.example/pixel.gif">
            <p onclick="alert('click')"><b onmouseover="alert('over')">加粗</b></p>
            <p><strong><em>嵌套<a href="https://example.org" onclick="alert('a')">链</p></em><div><script>alert('nested')
            """;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;

    PortalTestSupport t;
    String staff;
    String username;

    @BeforeEach
    void staff() throws Exception {
        t = new PortalTestSupport(mvc, jdbc, accounts);
        username = t.account(Role.COMMUNITY_STAFF, t.places.communityA);
        staff = t.token(username);
    }

    @Test
    void aPostWrittenThroughTheApiIsStoredAndShownWithoutAnyOfIt() throws Exception {
        String body = mvc.perform(t.api(post("/api/v1/portal/communities/" + t.codeA + "/posts"), staff,
                        PortalTestSupport.postBody("NOTICE", "停水通知" + t.tag, HOSTILE, "PUBLISHED", false, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = t.read(body).get("id").asLong();
        assertClean(jdbc.sql("select body_html from portal_post where id = :id").param("id", id).query(String.class).single());
        assertClean(t.read(body).get("bodyHtml").asText());
        assertClean(article(id));

        // changing it goes through the same allow-list
        mvc.perform(t.api(put("/api/v1/portal/posts/" + id), staff,
                PortalTestSupport.postBody("NOTICE", "停水通知" + t.tag, "<p>更新</p>" + HOSTILE, "PUBLISHED", false, null)))
                .andExpect(status().isOk());
        assertClean(article(id));
        assertThat(article(id)).contains("<p>更新</p>");
    }

    @Test
    void aPostWrittenInTheEditorPageIsSanitisedToo() throws Exception {
        MockHttpSession session = t.login(username);
        mvc.perform(post("/c/" + t.codeA + "/manage/posts/new").session(session).with(csrf())
                        .param("kind", "NEWS").param("title", "页面写的" + t.tag).param("body", HOSTILE).param("status", "PUBLISHED"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from portal_post where title = :t").param("t", "页面写的" + t.tag).query(Long.class).single();
        assertClean(jdbc.sql("select body_html from portal_post where id = :id").param("id", id).query(String.class).single());
        assertClean(article(id));
        // the editor page starts from the sanitised HTML
        String editor = mvc.perform(get("/c/" + t.codeA + "/manage/posts/" + id + "/edit").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(editor).doesNotContain("alert(", "evil.example");
    }

    @Test
    void anEventDescriptionIsSanitisedAndABodyOfOnlyScriptIsRefused() throws Exception {
        String at = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).withNano(0).toString();
        String body = mvc.perform(t.api(post("/api/v1/portal/communities/" + t.codeA + "/events"), staff,
                        PortalTestSupport.eventBody("活动" + t.tag, at, null, HOSTILE)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertClean(t.read(body).get("descriptionHtml").asText());
        assertClean(mvc.perform(get("/c/" + t.codeA)).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s)<script[^>]*src=[^>]*></script>", ""));

        mvc.perform(t.api(post("/api/v1/portal/communities/" + t.codeA + "/posts"), staff,
                        PortalTestSupport.postBody("NEWS", "空的" + t.tag, "<script>alert(1)</script><p> </p>", "PUBLISHED", false, null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("body"));
    }

    private String article(long id) throws Exception {
        return mvc.perform(get("/c/" + t.codeA + "/news/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** None of the attacks; all of the formatting. Page-level script tags (with src) are the page's own. */
    private static void assertClean(String html) {
        String lower = html.toLowerCase();
        assertThat(lower.replaceAll("<script[^>]*src=\"[^\"]*\"[^>]*></script>", ""))
                .doesNotContain("<script", "alert(", "onerror", "onload", "onclick", "onmouseover", "javascript:", "data:",
                        "<svg", "<iframe", "expression(", "evil.example", "style=\"", "<a target");
        assertThat(html).contains("<h2>停水通知</h2>", "<strong>明天</strong>", "<em>请提前储水</em>", "<u>注意</u>",
                "<li>时间 9:00-17:00</li>", "<blockquote>物业服务中心</blockquote>", "href=\"https://example.org/notice\"",
                "href=\"tel:0371-65550001\"", "<b>加粗</b>", "点我", "数据", "rel=\"nofollow noopener noreferrer\"", "target=\"_blank\"");
    }
}
