package org.lifecircle.atlas.importing;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ImportPageIT {

    @Autowired
    MockMvc mvc;

    @Test
    void theFormListsColumnsAndTemplates() throws Exception {
        mvc.perform(get("/atlas/import").header("Accept-Language", "zh-CN")
                        .with(authentication(ImportFixtures.login(Actor.SYSTEM))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("导入数据"), containsString("name=\"_csrf\""),
                        containsString("/atlas/import/template/compounds.csv"), containsString("老年人口占比"))));
    }

    @Test
    void templateHasTheChineseHeaders() throws Exception {
        mvc.perform(get("/atlas/import/template/divisions.csv").with(authentication(ImportFixtures.login(Actor.SYSTEM))))
                .andExpect(status().isOk())
                .andExpect(content().bytes(("\uFEFF区县代码,区县名称,街道代码,街道名称,社区代码,社区名称\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void uploadShowsCountsOrEveryProblem() throws Exception {
        mvc.perform(multipart("/atlas/import").file(new MockMultipartFile("file", "divisions.csv", "text/csv",
                                ImportFixtures.bytes("divisions.csv"))).param("kind", "divisions")
                        .header("Accept-Language", "en").with(csrf())
                        .with(authentication(ImportFixtures.login(Actor.SYSTEM))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import done: divisions.csv")));
        mvc.perform(multipart("/atlas/import").file(new MockMultipartFile("file", "compounds-bad.csv", "text/csv",
                                ImportFixtures.bytes("compounds-bad.csv"))).param("kind", "compounds")
                        .header("Accept-Language", "zh-CN").with(csrf())
                        .with(authentication(ImportFixtures.login(Actor.SYSTEM))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"import-problems\""),
                        containsString("找不到社区“不存在社区”"), containsString("未知的坐标系“UTM”"))));
    }
}
