package org.lifecircle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.lifecircle.identity.IdentityFixture.PASSWORD;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiTokenIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void issueUseRevoke() throws Exception {
        Account admin = IdentityFixture.account(accounts, jdbc, Role.DISTRICT_ADMIN);
        mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + admin.username() + "\",\"password\":\"" + PASSWORD + "\",\"label\":\"终端 1\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").isString())
                .andExpect(jsonPath("$.expiresAt").isString());
        String token = IdentityFixture.token(mvc, admin.username());
        assertThat(token).matches("[A-Za-z0-9_-]{43}");

        // only the SHA-256 is stored
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :h").param("h", hash).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token).query(Long.class).single())
                .isZero();

        mvc.perform(get("/admin/accounts").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.username").value(admin.username()))
                .andExpect(jsonPath("$.role").value("DISTRICT_ADMIN"))
                .andExpect(jsonPath("$.via").value("token"));
        assertThat(jdbc.sql("select last_used_at is not null from api_token where token_hash = :h").param("h", hash)
                .query(Boolean.class).single()).isTrue();

        // a bearer request needs no CSRF token: this passes security and reaches "no such route"
        mvc.perform(post("/api/v1/no-such-thing").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());

        mvc.perform(delete("/api/v1/auth/tokens/current").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(jsonPath("$.detail").value(containsString("invalid, expired or revoked")));
        assertThat(jdbc.sql("select count(*) from audit_event where action in ('identity.token.issued', 'identity.token.revoked') and actor = :u")
                .param("u", admin.username()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void expiredAndUnknownTokensAreRefused() throws Exception {
        Account planner = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        String token = IdentityFixture.token(mvc, planner.username());
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where user_id = :id")
                .param("id", planner.id()).update();
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("令牌无效、已过期或已撤销")));
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void disablingTheAccountKillsItsTokens() throws Exception {
        Account planner = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        String token = IdentityFixture.token(mvc, planner.username());
        accounts.setEnabled(Actor.SYSTEM, planner.id(), false);
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void issuingRefusesBadCredentialsAndCountsTowardsTheLockout() throws Exception {
        Account user = IdentityFixture.account(accounts, jdbc, Role.CENTER_OPERATOR);
        for (int i = 1; i <= 4; i++) {
            issue(user.username(), "wrong-" + i, "en").andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("Invalid username or password."));
        }
        issue(user.username(), "wrong-5", "zh-CN").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("账户已被锁定")))
                .andExpect(jsonPath("$.lockedUntil").isString());
        issue(user.username(), PASSWORD, "en").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("locked")));
        issue("", "", "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("username")));
    }

    @Test
    void revokingWithoutABearerTokenIsABadRequest() throws Exception {
        Account planner = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        var session = IdentityFixture.login(mvc, planner.username());
        mvc.perform(delete("/api/v1/auth/tokens/current").session(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private org.springframework.test.web.servlet.ResultActions issue(String username, String password, String language)
            throws Exception {
        return mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
    }
}
