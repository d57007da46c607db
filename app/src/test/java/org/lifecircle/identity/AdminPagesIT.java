package org.lifecircle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    Account admin;
    MockHttpSession session;

    @BeforeEach
    void logInAsAdministrator() throws Exception {
        admin = IdentityFixture.account(accounts, jdbc, Role.DISTRICT_ADMIN);
        session = IdentityFixture.login(mvc, admin.username());
    }

    @Test
    void createsAnAccountThroughTheForm() throws Exception {
        mvc.perform(get("/admin/accounts/new").session(session).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("社区工作人员")))
                .andExpect(content().string(containsString("IDFIX中心")));   // centers offered by name
        long center = IdentityFixture.places(jdbc).center;
        String name = IdentityFixture.uniqueName("operator");
        mvc.perform(post("/admin/accounts").session(session).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("username", name).param("displayName", "李运营").param("password", "operator-pass")
                        .param("role", "CENTER_OPERATOR").param("centerId", String.valueOf(center)))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("flash", "已创建账户 " + name + "。"));
        assertThat(accounts.find(name).orElseThrow().centerId()).isEqualTo(center);
        mvc.perform(get("/admin/accounts").session(session).param("size", "200").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("服务中心：IDFIX中心")));
    }

    @Test
    void formShowsEveryProblemInTheUsersLanguage() throws Exception {
        mvc.perform(post("/admin/accounts").session(session).with(csrf()).header("Accept-Language", "en")
                        .param("username", "x").param("displayName", "").param("password", "short")
                        .param("role", "COMMUNITY_STAFF").param("communityId", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the problems")))
                .andExpect(content().string(containsString("This value is not in the right format.")))
                .andExpect(content().string(containsString("value=\"x\"")));
        mvc.perform(post("/admin/accounts").session(session).with(csrf()).header("Accept-Language", "en")
                        .param("username", "x").param("displayName", "").param("password", "short")
                        .param("role", "COMMUNITY_STAFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The username &quot;x&quot; is not valid")))
                .andExpect(content().string(containsString("Please enter a name.")))
                .andExpect(content().string(containsString("at least 8 characters")))
                .andExpect(content().string(containsString("Community staff must be assigned a community.")));
    }

    @Test
    void disablesAndResetsFromTheList() throws Exception {
        Account user = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        MockHttpSession userSession = IdentityFixture.login(mvc, user.username());
        mvc.perform(get("/admin/no-such-page").session(userSession)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + user.id() + "/enabled").session(session).with(csrf())
                        .param("enabled", "false").header("Accept-Language", "en"))
                .andExpect(redirectedUrl("/admin/accounts?page=0"))
                .andExpect(flash().attribute("flash", "Account " + user.username() + " disabled."));
        assertThat(accounts.get(user.id()).enabled()).isFalse();
        // the disabled user's open session ends at once
        mvc.perform(get("/api/v1/auth/tokens/x").session(userSession)).andExpect(status().isUnauthorized());
        mvc.perform(post("/admin/accounts/" + user.id() + "/password").session(session).with(csrf())
                        .param("password", "short").header("Accept-Language", "en"))
                .andExpect(flash().attribute("failure", "The password must have at least 8 characters."));
        mvc.perform(post("/admin/accounts/" + user.id() + "/password").session(session).with(csrf())
                        .param("password", "brand-new-password"))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post("/admin/accounts/999999999/unlock").session(session).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void searchesAccountsAndRevokesTheirTokens() throws Exception {
        Account terminal = IdentityFixture.account(accounts, jdbc, Role.RESIDENT);
        Account other = IdentityFixture.account(accounts, jdbc, Role.RESIDENT);
        String token = IdentityFixture.token(mvc, terminal.username());
        mvc.perform(get("/admin/accounts").session(session).param("q", terminal.username().toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(terminal.username())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(other.username()))));
        mvc.perform(get("/admin/accounts").session(session).param("q", "100%_no-such").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("No accounts match.")));
        mvc.perform(post("/admin/accounts/" + terminal.id() + "/tokens/revoke").session(session).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(flash().attribute("flash", "Revoked 1 token(s) of account " + terminal.username() + "."));
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void auditPageFiltersByActorAndAction() throws Exception {
        Account user = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        accounts.setEnabled(admin.actor(), user.id(), false);
        mvc.perform(get("/admin/audit").session(session).param("actor", admin.username()).param("action", "identity.account")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("identity.account.disabled")))
                .andExpect(content().string(containsString("区级管理员")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("identity.account.created"))));
    }
}
