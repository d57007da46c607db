package org.lifecircle.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lifecircle.IntegrationTest;
import org.lifecircle.care.CareFixture.Kind;
import org.lifecircle.identity.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Stations, caregivers, the catalogue and caregiver accounts, through the API and the pages, in both languages. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareRegistryIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;

    CareFixture care;
    final Map<Kind, String> tokens = new EnumMap<>(Kind.class);
    long elder;
    long caregiver;

    @BeforeAll
    void setUp() throws Exception {
        care = new CareFixture(jdbc, accounts, "REG" + System.nanoTime() % 1_000_000);
        for (Kind kind : List.of(Kind.DISPATCHER, Kind.STAFF_A, Kind.STAFF_B, Kind.ADMIN, Kind.CAREGIVER_A)) {
            tokens.put(kind, care.token(mvc, kind));
        }
        elder = CareFixture.json(mvc.perform(api(post("/api/v1/care/elders"), Kind.STAFF_A).content("""
                        {"name":"张三","idNumber":"%s","phone":"13800001234","compoundId":%d,"building":"1号楼","address":"1号楼101","stationId":%d}"""
                        .formatted(CareFixture.idNumber("19400101", 901), care.compoundA, care.stationA)))
                .andExpect(status().isCreated()).andReturn()).get("id").asLong();
        caregiver = CareFixture.json(mvc.perform(api(post("/api/v1/care/caregivers"), Kind.STAFF_A).content("""
                        {"stationId":%d,"name":"护理员甲","phone":"137 0000 1001","travelMode":"E_BIKE","workingHours":"Mo-Fr 08:00-17:00",
                         "skills":[{"skill":"BATHING","certificateNo":"C-1","expiresOn":"2030-01-01"},{"skill":"NURSING"}]}"""
                        .formatted(care.stationA)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phone").value("13700001001"))
                .andExpect(jsonPath("$.skills[*].skill").value(org.hamcrest.Matchers.containsInAnyOrder("BATHING", "NURSING")))
                .andReturn()).get("id").asLong();
    }

    MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Kind kind) {
        return request.header("Authorization", "Bearer " + tokens.get(kind)).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void everyCarePageRendersInBothLanguagesWithoutMissingTexts() throws Exception {
        MockHttpSession admin = care.login(mvc, Kind.ADMIN);
        MockHttpSession staff = care.login(mvc, Kind.STAFF_A);
        MockHttpSession dispatcher = care.login(mvc, Kind.DISPATCHER);
        Map<String, MockHttpSession> pages = new java.util.LinkedHashMap<>();
        pages.put("/care", dispatcher);
        pages.put("/care/elders", dispatcher);
        pages.put("/care/elders?q=zs", staff);
        pages.put("/care/elders/" + elder, staff);
        pages.put("/care/elders/new", dispatcher);
        pages.put("/care/elders/" + elder + "/edit", staff);
        pages.put("/care/elders/" + elder + "/assessment", staff);
        pages.put("/care/assessment-level?selfCare=32&basicMotor=16&mentalState=22&perceptionSocial=19", staff);
        pages.put("/care/stations", dispatcher);
        pages.put("/care/stations/new", admin);
        pages.put("/care/stations/" + care.stationA + "/edit", staff);
        pages.put("/care/caregivers", dispatcher);
        pages.put("/care/caregivers/new", staff);
        pages.put("/care/caregivers/" + caregiver + "/edit", staff);
        pages.put("/care/catalogue", dispatcher);
        pages.put("/care/catalogue/BATHING/edit", admin);
        pages.put("/care/access-log", admin);
        pages.put("/admin/accounts/new", admin);
        for (String language : List.of("zh-CN", "en")) {
            for (Map.Entry<String, MockHttpSession> page : pages.entrySet()) {
                String html = mvc.perform(get(page.getKey()).session(page.getValue()).header("Accept-Language", language))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(html).as(page.getKey() + " " + language).doesNotContain("??");
            }
        }
        String level = mvc.perform(get("/care/assessment-level?selfCare=32&basicMotor=16&mentalState=22&perceptionSocial=19")
                .session(staff).header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(level).contains("89").contains("轻度失能");
        String accountForm = mvc.perform(get("/admin/accounts/new").session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(accountForm).contains("careStationId").contains("甲站").contains("乙站");
    }

    @Test
    void aStationKeepsItsOriginalCoordinatesAndChecksHoursServicesAndScope() throws Exception {
        String body = """
                {"communityId":%d,"name":"甲社区第二服务站","lon":113.7463,"lat":34.7745,"crs":"GCJ02","dayCareCapacity":12,
                 "openingHours":"%s","services":["MEAL_DELIVERY","%s"],"healthCenterName":"甲社区卫生服务站","healthCenterPhone":"0371-66661234"}""";
        mvc.perform(api(post("/api/v1/care/stations"), Kind.STAFF_A)
                        .content(body.formatted(care.places.communityA, "Mo-Fr 08:00-18:00; Sa 09:00-12:00", "BATHING")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceCrs").value("GCJ02")).andExpect(jsonPath("$.sourceLon").value(113.7463))
                .andExpect(jsonPath("$.lon").value(org.hamcrest.Matchers.not(113.7463)))
                .andExpect(jsonPath("$.healthCenter.phone").value("037166661234"));
        mvc.perform(api(post("/api/v1/care/stations"), Kind.STAFF_A)
                        .content(body.formatted(care.places.communityA, "weekdays 8 to 6", "SWIMMING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("openingHours", "services")));
        mvc.perform(api(post("/api/v1/care/stations"), Kind.STAFF_B)
                        .content(body.formatted(care.places.communityA, "Mo-Fr 08:00-18:00", "BATHING")))
                .andExpect(status().isForbidden());
        mvc.perform(api(post("/api/v1/care/stations"), Kind.DISPATCHER)
                        .content(body.formatted(care.places.communityA, "Mo-Fr 08:00-18:00", "BATHING")))
                .andExpect(status().isForbidden());
        // the page shows the problem beside the field, in the reader's language
        String page = mvc.perform(post("/care/stations/new").session(care.login(mvc, Kind.STAFF_A)).with(csrf())
                        .header("Accept-Language", "en")
                        .param("communityId", String.valueOf(care.places.communityA)).param("name", "x站")
                        .param("lon", "113.74").param("lat", "34.77").param("crs", "WGS84").param("dayCareCapacity", "0")
                        .param("openingHours", "sometimes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The hours are not understood");
    }

    @Test
    void caregiversHaveCheckedHoursPhonesAndSkillBits() throws Exception {
        mvc.perform(api(post("/api/v1/care/caregivers"), Kind.STAFF_A).content("""
                        {"stationId":%d,"name":"护理员乙","phone":"12345","travelMode":"WALK","workingHours":"always"}"""
                        .formatted(care.stationA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("phone", "workingHours")));
        mvc.perform(api(post("/api/v1/care/caregivers"), Kind.STAFF_B).content("""
                        {"stationId":%d,"name":"护理员丙","phone":"13700001003","travelMode":"WALK","workingHours":"Mo-Fr 08:00-17:00"}"""
                        .formatted(care.stationA)))
                .andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/care/caregivers?stationId=" + care.stationA), Kind.CAREGIVER_A))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].travelMode").value("E_BIKE"));
        // a caregiver's skill bits are the engine's: BATHING is bit 1, NURSING bit 2
        org.lifecircle.care.caregiver.Caregiver loaded = caregivers.get(caregiver);
        assertThat(loaded.skillBits(java.time.LocalDate.of(2026, 12, 7))).isEqualTo(0b110);
        assertThat(loaded.skillBits(java.time.LocalDate.of(2031, 1, 1))).as("the bathing certificate has expired").isEqualTo(0b100);
    }

    @Autowired org.lifecircle.care.caregiver.CaregiverService caregivers;

    @Test
    void theCatalogueIsSeededInBothLanguagesAndEditedByAdministratorsOnly() throws Exception {
        mvc.perform(api(get("/api/v1/care/catalogue"), Kind.DISPATCHER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$[?(@.code == 'MEAL_DELIVERY')].nameZh").value("助餐送餐"))
                .andExpect(jsonPath("$[?(@.code == 'EMERGENCY_VISIT')].nameEn").value("Emergency visit"))
                .andExpect(jsonPath("$[?(@.code == 'HEALTH_CHECK')].requiredSkills[0]").value("NURSING"));
        String edit = """
                {"nameZh":"助浴","nameEn":"Bathing help","durationMinutes":75,"requiredSkills":["BATHING","BASIC_CARE"],"active":true}""";
        mvc.perform(api(put("/api/v1/care/catalogue/BATHING"), Kind.DISPATCHER).content(edit)).andExpect(status().isForbidden());
        mvc.perform(api(put("/api/v1/care/catalogue/BATHING"), Kind.ADMIN).content(edit)).andExpect(status().isOk())
                .andExpect(jsonPath("$.durationMinutes").value(75));
        mvc.perform(api(put("/api/v1/care/catalogue/BATHING"), Kind.ADMIN).content(edit.replace("75", "2")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("durationMinutes"));
    }

    @Test
    void theStationAndCaregiverListsAreSearchedByNameInitialsOrPhone() throws Exception {
        MockHttpSession dispatcher = care.login(mvc, Kind.DISPATCHER);
        String stations = mvc.perform(get("/care/stations").param("q", "甲站").session(dispatcher))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stations).contains("甲站").doesNotContain("乙站");
        String byPhone = mvc.perform(get("/care/caregivers").param("q", "1001").session(dispatcher))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byPhone).contains("护理员甲");
        String byInitials = mvc.perform(get("/care/caregivers").param("q", "hlyj").session(dispatcher)) // 护理员甲
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byInitials).contains("护理员甲");
        String none = mvc.perform(get("/care/caregivers").param("q", "zzz").session(dispatcher))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(none).doesNotContain("护理员甲");
    }

    @Test
    void formsAreNotShownToThoseWhoCannotSubmitThem() throws Exception {
        MockHttpSession caregiverA = care.login(mvc, Kind.CAREGIVER_A);
        for (String form : List.of("/care/elders/new", "/care/elders/" + elder + "/edit", "/care/elders/" + elder + "/assessment",
                "/care/stations/new", "/care/caregivers/new", "/care/caregivers/" + caregiver + "/edit",
                "/care/catalogue/BATHING/edit")) {
            mvc.perform(get(form).session(caregiverA)).andExpect(status().isForbidden());
        }
        MockHttpSession staffB = care.login(mvc, Kind.STAFF_B);
        mvc.perform(get("/care/caregivers/" + caregiver + "/edit").session(staffB)).andExpect(status().isForbidden());
        mvc.perform(get("/care/elders/" + elder + "/edit").session(staffB)).andExpect(status().isNotFound());
    }

    @Test
    void aCaregiverAccountNeedsAnExistingStation() throws Exception {
        MockHttpSession admin = care.login(mvc, Kind.ADMIN);
        String refused = mvc.perform(post("/admin/accounts").session(admin).with(csrf()).header("Accept-Language", "en")
                        .param("username", "cg-nostation").param("displayName", "CG").param("password", "long-enough-1")
                        .param("role", "CAREGIVER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Caregivers must be assigned a home-care station");
        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", "cg-station").param("displayName", "CG").param("password", "long-enough-1")
                        .param("role", "CAREGIVER").param("careStationId", String.valueOf(care.stationB))
                        .param("communityId", String.valueOf(care.places.communityA)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select care_station_id from app_user where username = 'cg-station'").query(Long.class).single())
                .isEqualTo(care.stationB);
        assertThat(jdbc.sql("select community_id from app_user where username = 'cg-station'").query(Long.class).optional())
                .as("a scope the role does not use is dropped").isEmpty();
    }

    @Test
    void theElderFormNamesTheFieldAndNeverEchoesPersonalData() throws Exception {
        String badId = CareFixture.idNumber("19400101", 903);
        badId = badId.substring(0, 17) + (badId.charAt(17) == '0' ? '1' : '0');
        String page = mvc.perform(post("/care/elders/new").session(care.login(mvc, Kind.DISPATCHER)).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("name", "李四").param("idNumber", badId).param("phone", "13800009999")
                        .param("compoundId", String.valueOf(care.compoundA)).param("address", "秘密地址 5 号")
                        .param("stationId", String.valueOf(care.stationA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("校验位不符").doesNotContain(badId).doesNotContain("13800009999").doesNotContain("秘密地址");
    }
}
