package org.lifecircle.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.lifecircle.atlas.AtlasFixture;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Accounts with unique names (the tests share one database) and the two ways to log them in. */
final class IdentityFixture {

    static final String PASSWORD = "correct-horse-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private IdentityFixture() {
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** Real places to scope accounts to: the account rules check that they exist. */
    static AtlasFixture places(JdbcClient jdbc) {
        return AtlasFixture.shared(jdbc, "IDFIX");
    }

    static Account account(AccountService accounts, JdbcClient jdbc, Role role) {
        AtlasFixture places = places(jdbc);
        Long community = role == Role.COMMUNITY_STAFF ? places.communityA : null;
        Long center = role == Role.CENTER_OPERATOR ? places.center : null;
        String username = uniqueName(role.name().toLowerCase().replace('_', '-'));
        return accounts.create(Actor.SYSTEM, new NewAccount(username, "测试 " + username, PASSWORD, role, community, center));
    }

    /** A real form login; returns the session it established. */
    static MockHttpSession login(MockMvc mvc, String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A real token, issued by the API. */
    static String token(MockMvc mvc, String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"label\":\"test\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new ObjectMapper().readTree(body).get("token").asText();
    }
}
