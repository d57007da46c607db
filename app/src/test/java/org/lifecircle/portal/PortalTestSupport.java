package org.lifecircle.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.lifecircle.atlas.AtlasFixture;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Places, accounts and requests the portal's integration tests share; every name is unique to one test. */
final class PortalTestSupport {

    static final String PASSWORD = "portal-test-1";

    final MockMvc mvc;
    final JdbcClient jdbc;
    final AccountService accounts;
    final ObjectMapper json = new ObjectMapper();
    final String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
    final AtlasFixture places;
    final String codeA;
    final String codeB;

    PortalTestSupport(MockMvc mvc, JdbcClient jdbc, AccountService accounts) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.places = AtlasFixture.create(jdbc, "PT" + tag);
        this.codeA = code(places.communityA);
        this.codeB = code(places.communityB);
    }

    String code(long community) {
        return jdbc.sql("select code from community where id = :id").param("id", community).query(String.class).single();
    }

    String account(Role role, Long community) {
        String username = "portal-" + role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 100_000_000;
        accounts.create(Actor.SYSTEM, new NewAccount(username, "门户测试", PASSWORD, role, community, null));
        return username;
    }

    String token(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", username, "password", PASSWORD, "label", "t"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asText();
    }

    MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
    }

    MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token, Object body) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Accept-Language", "zh-CN");
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    static Map<String, Object> postBody(String kind, String title, String body, String status, boolean pinned, String publishedAt) {
        Map<String, Object> post = new HashMap<>(Map.of("kind", kind, "title", title, "body", body, "status", status,
                "pinned", pinned));
        post.put("publishedAt", publishedAt);
        return post;
    }

    static Map<String, Object> eventBody(String title, String startsAt, String endsAt, String description) {
        Map<String, Object> event = new HashMap<>(Map.of("title", title, "startsAt", startsAt, "place", "社区活动室",
                "description", description));
        event.put("endsAt", endsAt);
        return event;
    }

    JsonNode read(String body) throws Exception {
        return json.readTree(body);
    }
}
