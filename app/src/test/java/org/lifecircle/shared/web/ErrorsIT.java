package org.lifecircle.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What a user sees when something is missing or malformed: their language, no stack trace. */
@IntegrationTest
class ErrorsIT {

    @Autowired
    MockMvc mvc;

    @Test
    void aMissingRecordIsA404InTheUsersLanguage() throws Exception {
        mvc.perform(get("/api/v1/compounds/987654321").header("Accept-Language", "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("找不到小区/楼院（编号 987654321）。"));
        mvc.perform(get("/api/v1/facilities/987654321").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Facility 987654321 does not exist."));
    }

    /** A client that states no language (curl, a terminal) gets Chinese, not the server's own locale. */
    @Test
    void withoutAnAcceptLanguageHeaderTheAnswerIsInChinese() throws Exception {
        mvc.perform(get("/api/v1/compounds/987654321"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("找不到小区/楼院（编号 987654321）。"));
    }

    @Test
    void aMalformedRequestIsA400NotA500() throws Exception {
        mvc.perform(get("/api/v1/compounds/abc").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("could not be read")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/api/v1/centers").param("tier", "CENTER_99").header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("at org."))));
    }
}
