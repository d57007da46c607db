package org.lifecircle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.lifecircle.identity.IdentityFixture.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class LoginIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loginPageIsLocalizedAndCarriesTheCsrfTokenForHtmx() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名")))
                .andExpect(content().string(containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">")))
                .andExpect(content().string(containsString("hx-headers=\"{&quot;X-CSRF-TOKEN&quot;: &quot;")));
        mvc.perform(get("/login").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Username")));
    }

    @Test
    void successGoesBackToThePageTheUserWanted() throws Exception {
        Account admin = IdentityFixture.account(accounts, jdbc, Role.DISTRICT_ADMIN);
        MvcResult wanted = mvc.perform(get("/admin/audit"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login")).andReturn();
        MockHttpSession session = (MockHttpSession) wanted.getRequest().getSession();
        mvc.perform(post("/login").param("username", admin.username()).param("password", PASSWORD)
                        .with(csrf()).session(session))
                .andExpect(redirectedUrlPattern("**/admin/audit*"));
        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isOk());
    }

    @Test
    void usernamesAreCaseInsensitiveAndLogoutEndsTheSession() throws Exception {
        Account user = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        MvcResult result = mvc.perform(formLogin("/login").user(user.username().toUpperCase()).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(get("/api/v1/auth/me").session(session))
                .andExpect(content().string(containsString("\"via\":\"session\"")));
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/login").param("logout", "").header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("您已安全退出")));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameLocalizedMessage() throws Exception {
        Account user = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        assertThat(failureMessage(user.username(), "wrong-password", "zh-CN")).contains("用户名或密码错误");
        assertThat(failureMessage("nobody-" + user.username(), "wrong-password", "zh-CN")).contains("用户名或密码错误");
        assertThat(failureMessage(user.username(), "wrong-password", "en")).contains("Invalid username or password");
        assertThat(failureMessage("nobody-" + user.username(), PASSWORD, "en")).contains("Invalid username or password")
                .contains("value=\"nobody-" + user.username() + "\"");
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        Account user = IdentityFixture.account(accounts, jdbc, Role.COMMUNITY_STAFF);
        for (int i = 1; i <= 4; i++) {
            assertThat(failureMessage(user.username(), "wrong-" + i, "zh-CN")).contains("用户名或密码错误");
        }
        assertThat(failureMessage(user.username(), "wrong-5", "zh-CN"))
                .contains("账户已被锁定").contains("15 分钟后");
        assertThat(failureMessage(user.username(), PASSWORD, "en"))
                .contains("the account is locked").contains("Try again in 15 minutes");

        assertThat(jdbc.sql("select count(*) from audit_event where action = 'identity.account.locked' and target_id = :id")
                .param("id", String.valueOf(user.id())).query(Long.class).single()).isEqualTo(1);
        assertThat(accounts.find(user.username()).orElseThrow().lockedUntil()).isNotNull();

        // once the lock has run out, the right password works and clears the count
        jdbc.sql("update app_user set locked_until = now() - interval '1 second' where id = :id").param("id", user.id()).update();
        mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(accounts.find(user.username()).orElseThrow().failedLogins()).isZero();
    }

    @Test
    void aSuccessResetsTheFailureCount() throws Exception {
        Account user = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        for (int i = 1; i <= 4; i++) {
            failureMessage(user.username(), "wrong-" + i, "en");
        }
        assertThat(accounts.find(user.username()).orElseThrow().failedLogins()).isEqualTo(4);
        mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(failureMessage(user.username(), "wrong-again", "en")).contains("Invalid username or password");
    }

    @Test
    void disabledAccountIsToldSoOnlyWithTheRightPassword() throws Exception {
        Account user = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        accounts.setEnabled(Actor.SYSTEM, user.id(), false);
        assertThat(failureMessage(user.username(), "wrong-password", "en")).contains("Invalid username or password");
        assertThat(failureMessage(user.username(), PASSWORD, "en")).contains("has been disabled");
    }

    @Test
    void formPostWithoutCsrfIsForbidden() throws Exception {
        Account admin = IdentityFixture.account(accounts, jdbc, Role.DISTRICT_ADMIN);
        MockHttpSession session = IdentityFixture.login(mvc, admin.username());
        mvc.perform(post("/admin/accounts/" + admin.id() + "/unlock").session(session).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Please reload the page")));
        // a login form left open past its session goes back to the login page with a message
        mvc.perform(post("/login").param("username", admin.username()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?expired"));
    }

    /** Posts the login form, follows the redirect in the same session, returns the page. */
    private String failureMessage(String username, String password, String language) throws Exception {
        MvcResult failed = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession(false);
        return mvc.perform(get("/login").param("error", "").session(session).header("Accept-Language", language))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Exception"))))
                .andReturn().getResponse().getContentAsString();
    }
}
