package org.lifecircle.atlas.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.engine.geo.ChinaCoordinates;
import org.lifecircle.engine.geo.Haversine;
import org.lifecircle.engine.geo.LonLat;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ImportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loadFixtureDistrict() {
        ImportFixtures.loadAll(imports);
    }

    ResultActions upload(String kind, String fileName, byte[] bytes, String language) throws Exception {
        var request = multipart("/api/v1/imports/" + kind).file(new MockMultipartFile("file", fileName,
                MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes))
                .with(csrf()).with(authentication(ImportFixtures.login(Actor.SYSTEM)));
        // MockMvc requests default to English; a browser in China sends zh-CN
        request.header("Accept-Language", language == null ? "zh-CN" : language);
        return mvc.perform(request);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void goodCsvOfEveryKindImportsThroughTheApiAndReimportUpdates() throws Exception {
        for (String kind : new String[] {"divisions", "compounds", "centers", "facilities"}) {
            long before = count(kind.equals("divisions") ? "community" : kind.equals("centers") ? "service_center"
                    : kind.equals("compounds") ? "compound" : "facility");
            upload(kind, kind + ".csv", ImportFixtures.bytes(kind + ".csv"), null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.kind").value(kind))
                    .andExpect(jsonPath("$.file").value(kind + ".csv"))
                    .andExpect(jsonPath("$.created").value(0))
                    .andExpect(jsonPath("$.updated").isNumber());
            long after = count(kind.equals("divisions") ? "community" : kind.equals("centers") ? "service_center"
                    : kind.equals("compounds") ? "compound" : "facility");
            assertThat(after).as("re-importing %s duplicates nothing", kind).isEqualTo(before);
        }
        assertThat(count("community")).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'atlas.import.facilities'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void storesWhatTheRowsSay() {
        Map<String, Object> pharmacy = jdbc.sql("""
                select f.phone, f.opening_hours, c.code as category, f.elder_friendly, f.name_sort from facility f
                join category c on c.id = f.category_id where f.name = '如意湖药房'""").query().singleRow();
        assertThat(pharmacy).containsEntry("phone", "0371-65551234/13800000000").containsEntry("category", "pharmacy")
                .containsEntry("elder_friendly", true).containsEntry("name_sort", "ru yi hu yao fang");
        assertThat(category("哈邻鲜生超市")).as("AMAP 060400|060100, most specific first").isEqualTo("supermarket");
        assertThat(category("好运理发")).as("OSM shop=hairdresser").isEqualTo("barber");
        assertThat(jdbc.sql("select phone from facility where name = '哈邻鲜生超市'").query(String.class).single())
                .isEqualTo("0371-65550000");
        Map<String, Object> lchh = jdbc.sql("select population, estimated, elderly_share from compound where name = '绿城百合花园'")
                .query().singleRow();
        assertThat(lchh.get("population")).as("1,200 households × 2.62").isEqualTo(3144);
        assertThat(lchh.get("estimated")).isEqualTo(true);
        assertThat(jdbc.sql("""
                select count(*) from center_community cc join service_center s on s.id = cc.center_id
                where s.name = '如意湖便民服务中心'""").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select a.area_m2 from center_area a join service_center s on s.id = a.center_id
                where s.name = '如意湖便民服务中心' and a.service_class = 'SOCIAL'""").query(Double.class).single())
                .isEqualTo(6000.0);
    }

    String category(String facility) {
        return jdbc.sql("select c.code from facility f join category c on c.id = f.category_id where f.name = :n")
                .param("n", facility).query(String.class).single();
    }

    @Test
    void gcj02AndBd09AreStoredAsWgs84WithTheOriginalKept() {
        Map<String, Object> gcj = jdbc.sql("select lon, lat, source_lon, source_lat, source_crs from compound where name = '绿城百合花园'")
                .query().singleRow();
        assertThat(gcj).containsEntry("source_crs", "GCJ02").containsEntry("source_lon", 113.7301)
                .containsEntry("source_lat", 34.7712);
        LonLat expected = ChinaCoordinates.gcj02ToWgs84(LonLat.of(113.7301, 34.7712));
        assertThat((Double) gcj.get("lon")).isCloseTo(expected.lon(), within(1e-12));
        assertThat(Haversine.metres(LonLat.of((Double) gcj.get("lon"), (Double) gcj.get("lat")), LonLat.of(113.7301, 34.7712)))
                .isBetween(500.0, 650.0);
        Map<String, Object> bd = jdbc.sql("select lon, lat, source_crs from compound where name = 'CBD 公寓'").query().singleRow();
        assertThat(bd.get("source_crs")).isEqualTo("BD09");
        LonLat wgs = LonLat.of((Double) bd.get("lon"), (Double) bd.get("lat"));
        assertThat(Haversine.metres(ChinaCoordinates.wgs84ToBd09(wgs), LonLat.of(113.7432, 34.7822))).isLessThan(0.01);
    }

    @Test
    void badRowsAreAllListedAndNothingIsWritten() throws Exception {
        long compounds = count("compound");
        long audits = count("audit_event");
        upload("compounds", "compounds-bad.csv", ImportFixtures.bytes("compounds-bad.csv"), null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("导入未完成：发现 7 个问题，未写入任何数据。"))
                .andExpect(jsonPath("$.problems", hasSize(7)))
                .andExpect(jsonPath("$.problems[0].file").value("compounds-bad.csv"))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].field").value("community"))
                .andExpect(jsonPath("$.problems[0].message").value("找不到社区“不存在社区”（请用社区代码或名称，并先导入行政区划）。"))
                .andExpect(jsonPath("$.problems[1].row").value(3))
                .andExpect(jsonPath("$.problems[1].field").value("name"))
                .andExpect(jsonPath("$.problems[2].field").value("households"))
                .andExpect(jsonPath("$.problems[3].field").value("elderly_share"))
                .andExpect(jsonPath("$.problems[4].row").value(4))
                .andExpect(jsonPath("$.problems[4].field").value("lon"))
                .andExpect(jsonPath("$.problems[5].row").value(5))
                .andExpect(jsonPath("$.problems[6].row").value(6))
                .andExpect(jsonPath("$.problems[6].field").value("crs"));
        assertThat(count("compound")).isEqualTo(compounds);
        assertThat(count("audit_event")).isEqualTo(audits);
    }

    @Test
    void problemsComeInEnglishWhenAskedFor() throws Exception {
        upload("compounds", "compounds-bad.csv", ImportFixtures.bytes("compounds-bad.csv"), "en")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("Import not done: 7 problem(s) found, nothing was written."))
                .andExpect(jsonPath("$.problems[5].message")
                        .value("GCJ02 point (8.0, 45.0) is outside China; data outside China should be WGS84."));
    }

    @Test
    void unreadableFilesAreOneProblemNotAServerError() throws Exception {
        upload("facilities", "photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2, (byte) 0xFE}, "en")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasSize(1)))
                .andExpect(jsonPath("$.problems[0].row").value(1));
        upload("facilities", "broken.xlsx", "PK\u0003\u0004 not really a workbook".getBytes(), null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value("无法读取文件：它不是 CSV、XLSX 或 GeoJSON 文件，或者已损坏。"));
        upload("compounds", "x.csv", "社区,名称,经度,纬度,楼栋\n".getBytes(), null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].field").value("楼栋"));
    }

    @Test
    void geoJsonFacilitiesAreClassifiedAndConverted() {
        ImportResult result = imports.importFile(Actor.SYSTEM, ImportKind.FACILITIES, "facilities.geojson",
                new ByteArrayInputStream(ImportFixtures.bytes("facilities.geojson")));
        assertThat(result.created() + result.updated()).isEqualTo(2);
        assertThat(category("便民早餐店")).as("AMAP 05 with the keyword 早餐").isEqualTo("breakfast");
        assertThat(jdbc.sql("select source_crs from facility where name = '便民早餐店'").query(String.class).single())
                .isEqualTo("GCJ02");
        assertThat(jdbc.sql("select floor_area_m2 from facility where name = '街角便利店'").query(Double.class).single())
                .isEqualTo(60.0);
    }

    @Test
    void gb18030CsvIsRecognised() {
        String csv = "社区,名称,户数,经度,纬度\n绿城百合社区,国标编码小区,300,113.735,34.775\n";
        ImportResult result = imports.importFile(Actor.SYSTEM, ImportKind.COMPOUNDS, "gbk.csv",
                new ByteArrayInputStream(csv.getBytes(Charset.forName("GB18030"))));
        assertThat(result.created() + result.updated()).isEqualTo(1);
        assertThat(count("compound where name = '国标编码小区'")).isEqualTo(1);
    }

    @Test
    void communityStaffCannotImportIntoAnotherCommunity() {
        long ownCommunity = jdbc.sql("select id from community where code = '410105560001'").query(Long.class).single();
        Actor staff = new Actor("staff", Role.COMMUNITY_STAFF, ownCommunity, null);
        String csv = "社区,名称,经度,纬度\n410105560001,自己的小区,113.74,34.77\n410105560005,别人的小区,113.73,34.77\n";
        assertThatThrownBy(() -> imports.importFile(staff, ImportKind.COMPOUNDS, "scope.csv",
                new ByteArrayInputStream(csv.getBytes())))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.row()).isEqualTo(3);
                            assertThat(p.field()).isEqualTo("社区");
                            assertThat(p.messageKey()).isEqualTo("imports.error.scope.community");
                        }));
        assertThat(count("compound where name = '自己的小区'")).as("all or nothing").isZero();
    }

    @Test
    void xlsxWithNumericCodesAndFormattedCoordinatesImportsExactly() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("小区");
            var rounded = workbook.createCellStyle();
            rounded.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            var header = sheet.createRow(0);
            String[] headers = {"社区", "名称", "户数", "经度", "纬度", "坐标系"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(410105560005d);
            row.createCell(1).setCellValue("表格小区");
            row.createCell(2).setCellValue(420);
            row.createCell(3).setCellValue(113.7345678);
            row.getCell(3).setCellStyle(rounded);
            row.createCell(4).setCellValue(34.7654321);
            row.getCell(4).setCellStyle(rounded);
            row.createCell(5).setCellValue("GPS");
            workbook.write(out);
        }
        upload("compounds", "小区.xlsx", out.toByteArray(), null).andExpect(status().isOk());
        Map<String, Object> stored = jdbc.sql("""
                select c.code, p.source_lon, p.source_lat, p.lon, p.population from compound p
                join community c on c.id = p.community_id where p.name = '表格小区'""").query().singleRow();
        assertThat(stored).containsEntry("code", "410105560005").containsEntry("source_lon", 113.7345678)
                .containsEntry("source_lat", 34.7654321).containsEntry("lon", 113.7345678).containsEntry("population", 1100);
    }

    @Test
    void districtWideFacilitiesNeedDistrictStaffAndOperatorsOnlyTheirCenter() {
        long community = jdbc.sql("select id from community where code = '410105560001'").query(Long.class).single();
        long center = jdbc.sql("select id from service_center where name = '如意湖便民服务中心'").query(Long.class).single();
        String csv = "名称,类别,经度,纬度,所属中心,社区\n"
                + "无主小店,convenience_store,113.74,34.77,,\n"
                + "中心里的店,convenience_store,113.74,34.77,如意湖便民服务中心,\n"
                + "社区里的店,convenience_store,113.74,34.77,,410105560001\n";
        Actor staff = new Actor("staff", Role.COMMUNITY_STAFF, community, null);
        assertThatThrownBy(() -> imports.importFile(staff, ImportKind.FACILITIES, "f.csv",
                new ByteArrayInputStream(csv.getBytes())))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "社区"),
                                org.assertj.core.groups.Tuple.tuple(3, "所属中心")));
        Actor operator = new Actor("operator", Role.CENTER_OPERATOR, null, center);
        assertThatThrownBy(() -> imports.importFile(operator, ImportKind.FACILITIES, "f.csv",
                new ByteArrayInputStream(csv.getBytes())))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row).containsExactly(2, 4));
        assertThat(count("facility where name in ('无主小店', '中心里的店', '社区里的店')")).isZero();
    }

    @Test
    void onlyDistrictWideStaffImportDivisions() {
        Actor staff = new Actor("staff", Role.COMMUNITY_STAFF, 1L, null);
        assertThatThrownBy(() -> imports.importFile(staff, ImportKind.DIVISIONS, "divisions.csv",
                new ByteArrayInputStream(ImportFixtures.bytes("divisions.csv"))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(ImportProblem::messageKey).isEqualTo("imports.error.scope.district"));
        ImportResult planner = imports.importFile(new Actor("planner", Role.PLANNER, null, null), ImportKind.DIVISIONS,
                "divisions.csv", new ByteArrayInputStream(ImportFixtures.bytes("divisions.csv")));
        assertThat(planner.created()).isZero();
        assertThat(planner.updated()).as("1 district, 2 sub-districts, 5 communities").isEqualTo(8);
    }
}
