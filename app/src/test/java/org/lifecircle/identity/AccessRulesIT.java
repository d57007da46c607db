package org.lifecircle.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccessRulesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousReadsThePublicPartsAndTheApi() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/css/lifecircle.css")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/auth/me"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authenticated").value(false));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/auth/tokens/current'].delete.security[0].bearer").isArray());
    }

    @Test
    void anonymousWriteToTheApiIs401WithLocalizedProblemDetail() throws Exception {
        mvc.perform(post("/api/v1/anything").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("需要登录"))
                .andExpect(jsonPath("$.detail").value(containsString("请先登录")));
        mvc.perform(put("/api/v1/anything").with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("Please sign in")));
    }

    @Test
    void residentsCannotWriteToTheApi() throws Exception {
        Account resident = IdentityFixture.account(accounts, jdbc, Role.RESIDENT);
        String token = IdentityFixture.token(mvc, resident.username());
        mvc.perform(post("/api/v1/anything").header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Your account is not allowed to do this."));
        var session = IdentityFixture.login(mvc, resident.username());
        mvc.perform(post("/api/v1/anything").session(session).with(csrf()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您的账户没有权限执行此操作。"));
    }

    @Test
    void adminPagesAreForDistrictAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrlPattern("**/login"));
        Account planner = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        var session = IdentityFixture.login(mvc, planner.username());
        mvc.perform(get("/admin/accounts").session(session).header("Accept-Language", "zh-CN"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您的账户没有权限访问此页面")));
        mvc.perform(get("/admin/audit").session(session).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Access denied")));
    }

    @Test
    void otherPagesNeedALogin() throws Exception {
        mvc.perform(get("/some/private/page")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/some/private/page").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("HX-Redirect", "/login"));
    }
}
