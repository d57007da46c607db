package org.lifecircle.atlas.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.atlas.importing.ImportFixtures;
import org.lifecircle.atlas.importing.ImportKind;
import org.lifecircle.atlas.importing.ImportResult;
import org.lifecircle.atlas.importing.ImportService;
import org.lifecircle.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@IntegrationTest
class ExportIT {

    static final Map<ImportKind, String> TABLES = Map.of(ImportKind.DIVISIONS, "community",
            ImportKind.COMPOUNDS, "compound", ImportKind.CENTERS, "service_center", ImportKind.FACILITIES, "facility");

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loadFixtureDistrict() {
        ImportFixtures.loadAll(imports);
        imports.importFile(Actor.SYSTEM, ImportKind.FACILITIES, "facilities.geojson",
                new ByteArrayInputStream(ImportFixtures.bytes("facilities.geojson")));
    }

    byte[] download(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)
                        .with(authentication(ImportFixtures.login(Actor.SYSTEM))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    List<Map<String, Object>> snapshot(ImportKind kind) {
        List<Map<String, Object>> rows = jdbc.sql("select * from " + TABLES.get(kind) + " order by id").query().listOfRows();
        rows.forEach(r -> {
            r.remove("created_at");
            r.remove("updated_at");
        });
        return rows;
    }

    @Test
    void everyListRoundTripsThroughCsvInChineseAndXlsxInEnglish() throws Exception {
        for (ImportKind kind : ImportKind.values()) {
            for (String[] variant : new String[][] {{"csv", "zh-CN"}, {"xlsx", "en"}}) {
                List<Map<String, Object>> before = snapshot(kind);
                byte[] file = download("/api/v1/exports/" + kind.slug() + "." + variant[0], variant[1]);
                ImportResult result = imports.importFile(Actor.SYSTEM, kind, "export." + variant[0],
                        new ByteArrayInputStream(file));
                assertThat(result.created()).as("%s %s creates nothing", kind, variant[0]).isZero();
                assertThat(snapshot(kind)).as("%s %s changes nothing", kind, variant[0]).isEqualTo(before);
            }
        }
    }

    @Test
    void csvHeadersFollowTheLanguage() throws Exception {
        String zh = new String(download("/api/v1/exports/compounds.csv", "zh-CN"), StandardCharsets.UTF_8);
        String en = new String(download("/api/v1/exports/compounds.csv", "en"), StandardCharsets.UTF_8);
        assertThat(zh).startsWith("\uFEFF社区,名称,地址,户数");
        assertThat(en).startsWith("\uFEFFcommunity,name,address,households");
    }

    @Test
    void geoJsonIsWgs84FeatureCollection() throws Exception {
        JsonNode root = new ObjectMapper().readTree(download("/api/v1/exports/facilities.geojson", "zh-CN"));
        assertThat(root.path("type").asText()).isEqualTo("FeatureCollection");
        long facilities = jdbc.sql("select count(*) from facility").query(Long.class).single();
        assertThat(root.path("features")).hasSize((int) facilities);
        Map<String, Object> breakfast = jdbc.sql("select lon, lat from facility where name = '便民早餐店'").query().singleRow();
        JsonNode feature = null;
        for (JsonNode f : root.path("features")) {
            if ("便民早餐店".equals(f.path("properties").path("名称").asText())) {
                feature = f;
            }
        }
        assertThat(feature).isNotNull();
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(breakfast.get("lon"));
        assertThat(feature.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(breakfast.get("lat"));
        assertThat(feature.path("properties").has("坐标系")).as("GeoJSON is WGS-84 by definition").isFalse();
        mvc.perform(get("/api/v1/exports/divisions.geojson").with(authentication(ImportFixtures.login(Actor.SYSTEM))))
                .andExpect(status().isNotFound());
    }
}
