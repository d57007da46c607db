package org.lifecircle.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lifecircle.IntegrationTest;
import org.lifecircle.care.CareFixture.Kind;
import org.lifecircle.care.privacy.Binding;
import org.lifecircle.care.privacy.FieldCipher;
import org.lifecircle.care.privacy.UnreadableValueException;
import org.lifecircle.identity.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Elders' personal information through the real API and pages on PostgreSQL: encrypted at rest, masked for every
 * role, revealed only to roles that need it and always logged, invisible to every other role and scope.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElderPrivacyIT {

    static final String PHONE = "13912345678";
    static final String CONTACT_PHONE = "13698765432";
    static final String ADDRESS = "如意湖路 8 号 3号楼 2 单元 502 室";
    static final String ID = CareFixture.idNumber("19450307", 123);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired FieldCipher cipher;

    CareFixture care;
    final Map<Kind, String> tokens = new EnumMap<>(Kind.class);
    long elderA;
    long elderB;

    @BeforeAll
    void setUp() throws Exception {
        care = new CareFixture(jdbc, accounts, "PRIV" + System.nanoTime() % 1_000_000);
        for (Kind kind : Kind.values()) {
            tokens.put(kind, care.token(mvc, kind));
        }
        elderA = create(Kind.STAFF_A, "王建国", ID, PHONE, care.compoundA, care.stationA, ADDRESS);
        elderB = create(Kind.STAFF_B, "李秀英", CareFixture.idNumber("19400512", 222), "13700001111", care.compoundB,
                care.stationB, "乙小区 1 号楼 101");
        mvc.perform(api(post("/api/v1/care/elders/" + elderA + "/contacts"), Kind.STAFF_A)
                        .content("{\"name\":\"王小明\",\"relation\":\"儿子\",\"phone\":\"" + CONTACT_PHONE + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.phone").value("136****5432"));
    }

    long create(Kind by, String name, String id, String phone, long compound, long station, String address) throws Exception {
        MvcResult result = mvc.perform(api(post("/api/v1/care/elders"), by).content("""
                        {"name":"%s","idNumber":"%s","phone":"%s","compoundId":%d,"building":"3号楼","address":"%s","stationId":%d}"""
                        .formatted(name, id, phone, compound, address, station)))
                .andExpect(status().isCreated()).andReturn();
        JsonNode body = CareFixture.json(result);
        assertThat(body.get("phone").asText()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        return body.get("id").asLong();
    }

    MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Kind kind) {
        return request.header("Authorization", "Bearer " + tokens.get(kind)).contentType(MediaType.APPLICATION_JSON);
    }

    long logEntries() {
        return jdbc.sql("select count(*) from care_access_log").query(Long.class).single();
    }

    @Test
    void personalDataIsStoredEncryptedAndBoundToItsRow() {
        Map<String, Object> raw = jdbc.sql("select * from elder where id = :id").param("id", elderA).query().singleRow();
        for (String column : List.of("id_number_enc", "phone_enc", "address_enc")) {
            String value = (String) raw.get(column);
            assertThat(value).startsWith("k1:").doesNotContain(PHONE).doesNotContain(ID).doesNotContain("502")
                    .doesNotContain(ID.substring(6, 14));
        }
        String everything = raw.toString() + jdbc.sql("select * from elder_contact where elder_id = :id").param("id", elderA)
                .query().listOfRows();
        assertThat(everything).doesNotContain(PHONE).doesNotContain(CONTACT_PHONE).doesNotContain(ID).doesNotContain("502 室")
                .doesNotContain(PHONE.substring(7));
        String phoneEnc = (String) raw.get("phone_enc");
        assertThat(cipher.decrypt(phoneEnc, new Binding("elder", "phone", elderA))).isEqualTo(PHONE);
        assertThatThrownBy(() -> cipher.decrypt(phoneEnc, new Binding("elder", "phone", elderB)))
                .isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void aCiphertextCopiedToAnotherElderIsRefusedNotShownAsTheirs() throws Exception {
        long victim = create(Kind.STAFF_A, "赵moved", CareFixture.idNumber("19500101", 333), "13800002222", care.compoundA,
                care.stationA, "甲小区 9 号楼");
        String stolen = jdbc.sql("select phone_enc from elder where id = :id").param("id", elderA).query(String.class).single();
        jdbc.sql("update elder set phone_enc = :p where id = :id").param("p", stolen).param("id", victim).update();
        MvcResult result = mvc.perform(api(get("/api/v1/care/elders/" + victim + "?reveal=phone"), Kind.DISPATCHER))
                .andExpect(status().isInternalServerError()).andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain(PHONE).doesNotContain("Exception").doesNotContain("at org.");
        // a list with the broken row still answers, the row marked unreadable
        mvc.perform(api(get("/api/v1/care/elders").param("q", "赵moved"), Kind.DISPATCHER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].phone").value("⚠ ****"));
        jdbc.sql("delete from elder where id = :id").param("id", victim).update();
    }

    @Test
    void everyCareRoleInScopeSeesMaskedDataOnly() throws Exception {
        for (Kind kind : List.of(Kind.DISPATCHER, Kind.STAFF_A, Kind.CAREGIVER_A, Kind.ADMIN)) {
            String list = mvc.perform(api(get("/api/v1/care/elders"), kind)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            String one = mvc.perform(api(get("/api/v1/care/elders/" + elderA), kind)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.phone").value("139****5678"))
                    .andExpect(jsonPath("$.idNumber").value(ID.substring(0, 4) + "**********" + ID.substring(14)))
                    .andExpect(jsonPath("$.address").value(org.hamcrest.Matchers.endsWith("3号楼 ****")))
                    .andExpect(jsonPath("$.contacts[0].phone").value("136****5432"))
                    .andExpect(jsonPath("$.birthDate").doesNotExist())
                    .andExpect(jsonPath("$.healthNotes").doesNotExist())
                    .andReturn().getResponse().getContentAsString();
            for (String body : List.of(list, one)) {
                assertThat(body).as(kind.name()).contains("王建国").doesNotContain(PHONE).doesNotContain(CONTACT_PHONE)
                        .doesNotContain(ID).doesNotContain("502");
            }
        }
    }

    @Test
    void aRevealReturnsTheDataAndIsLoggedWithWhoWhatAndWhere() throws Exception {
        long before = logEntries();
        mvc.perform(api(get("/api/v1/care/elders/" + elderA + "?reveal=phone,address,contacts"), Kind.CAREGIVER_A)
                        .with(r -> { r.setRemoteAddr("10.1.2.3"); return r; }))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value(PHONE))
                .andExpect(jsonPath("$.address").value(ADDRESS))
                .andExpect(jsonPath("$.contacts[0].phone").value(CONTACT_PHONE))
                .andExpect(jsonPath("$.idNumber").value(org.hamcrest.Matchers.containsString("**********")));
        assertThat(logEntries()).isEqualTo(before + 1);
        Map<String, Object> entry = jdbc.sql("select * from care_access_log order by id desc limit 1").query().singleRow();
        assertThat(entry).containsEntry("actor", care.users.get(Kind.CAREGIVER_A)).containsEntry("actor_role", "CAREGIVER")
                .containsEntry("elder_id", elderA).containsEntry("fields", "phone,address,contacts")
                .containsEntry("remote_address", "10.1.2.3").containsEntry("channel", "API")
                .containsEntry("community_id", care.places.communityA);

        // community staff may see the ID number, with its birth date
        mvc.perform(api(get("/api/v1/care/elders/" + elderA + "?reveal=idNumber"), Kind.STAFF_A))
                .andExpect(status().isOk()).andExpect(jsonPath("$.idNumber").value(ID))
                .andExpect(jsonPath("$.birthDate").value("1945-03-07")).andExpect(jsonPath("$.sex").value("M"));
        assertThat(logEntries()).isEqualTo(before + 2);
    }

    @Test
    void aRefusedRevealIs403AndLeavesNoEntry() throws Exception {
        long before = logEntries();
        mvc.perform(api(get("/api/v1/care/elders/" + elderA + "?reveal=idNumber"), Kind.DISPATCHER))
                .andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/care/elders/" + elderA + "?reveal=phone"), Kind.ADMIN))
                .andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/care/elders/" + elderA + "?reveal=idNumber,phone"), Kind.CAREGIVER_A))
                .andExpect(status().isForbidden())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain(PHONE));
        mvc.perform(api(get("/api/v1/care/elders/" + elderA + "?reveal=password"), Kind.STAFF_A))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("reveal"));
        assertThat(logEntries()).isEqualTo(before);
    }

    @Test
    void otherRolesAndOtherScopesAreRefused() throws Exception {
        for (Kind kind : List.of(Kind.PLANNER, Kind.OPERATOR, Kind.RESIDENT)) {
            mvc.perform(api(get("/api/v1/care/elders"), kind)).andExpect(status().isForbidden());
            mvc.perform(api(get("/api/v1/care/elders/" + elderA), kind)).andExpect(status().isForbidden());
            mvc.perform(api(get("/api/v1/care/stations"), kind)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/care/elders/" + elderA)).andExpect(status().isUnauthorized());
        // the other community's staff and the other station's caregivers: not told the elder exists
        for (Kind kind : List.of(Kind.STAFF_B, Kind.CAREGIVER_B)) {
            mvc.perform(api(get("/api/v1/care/elders/" + elderA), kind)).andExpect(status().isNotFound());
            mvc.perform(api(get("/api/v1/care/elders/" + elderA + "?reveal=phone"), kind)).andExpect(status().isNotFound());
            mvc.perform(api(get("/api/v1/care/elders/" + elderA + "/assessments"), kind)).andExpect(status().isNotFound());
            String list = mvc.perform(api(get("/api/v1/care/elders"), kind)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(list).contains("李秀英").doesNotContain("王建国");
            mvc.perform(api(put("/api/v1/care/elders/" + elderA + "/health-notes"), kind).content("{\"notes\":\"x\"}"))
                    .andExpect(status().isNotFound());
        }
        // caregivers see their station's elders but do not keep the record
        mvc.perform(api(post("/api/v1/care/elders/" + elderA + "/contacts"), Kind.CAREGIVER_A)
                .content("{\"name\":\"x\",\"relation\":\"邻居\",\"phone\":\"13611112222\"}")).andExpect(status().isForbidden());
        // nor may district administrators, who see masked lists only
        mvc.perform(api(post("/api/v1/care/elders"), Kind.ADMIN).content("{}")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from elder_contact where elder_id = :id").param("id", elderA)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void pagesRefuseTheSameWayAndRevealByPostWithALogEntry() throws Exception {
        MockHttpSession planner = care.login(mvc, Kind.PLANNER);
        mvc.perform(get("/care/elders").session(planner)).andExpect(status().isForbidden());
        mvc.perform(get("/care/elders/" + elderA).session(planner)).andExpect(status().isForbidden());
        MockHttpSession staffB = care.login(mvc, Kind.STAFF_B);
        mvc.perform(get("/care/elders/" + elderA).session(staffB)).andExpect(status().isNotFound());
        mvc.perform(post("/care/elders/" + elderA + "/reveal").param("fields", "phone").session(staffB).with(csrf()))
                .andExpect(status().isNotFound());

        MockHttpSession caregiver = care.login(mvc, Kind.CAREGIVER_A);
        String list = mvc.perform(get("/care/elders").session(caregiver)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("王建国").contains("139****5678").doesNotContain(PHONE).doesNotContain("李秀英");
        String page = mvc.perform(get("/care/elders/" + elderA).session(caregiver)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("139****5678").doesNotContain(PHONE).doesNotContain(CONTACT_PHONE).doesNotContain("502");

        long before = logEntries();
        String revealed = mvc.perform(post("/care/elders/" + elderA + "/reveal").param("fields", "phone")
                        .session(caregiver).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revealed).contains(PHONE).doesNotContain(CONTACT_PHONE);
        assertThat(logEntries()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select channel from care_access_log order by id desc limit 1").query(String.class).single())
                .isEqualTo("PAGE");
        mvc.perform(post("/care/elders/" + elderA + "/reveal").param("fields", "idNumber").session(caregiver).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(logEntries()).isEqualTo(before + 1);

        // the access log: the community's staff read their own community's entries, caregivers none
        String log = mvc.perform(get("/care/access-log").session(care.login(mvc, Kind.STAFF_A))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(log).contains(care.users.get(Kind.CAREGIVER_A)).contains("王建国");
        mvc.perform(get("/care/access-log").session(caregiver)).andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/care/access-log"), Kind.STAFF_B)).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("王建国"));
    }

    @Test
    void healthNotesNeedConsentAndWithdrawingItErasesThem() throws Exception {
        long elder = create(Kind.STAFF_A, "孙consent", CareFixture.idNumber("19420202", 445), "13800003333", care.compoundA,
                care.stationA, "甲小区 2 号楼");
        mvc.perform(api(put("/api/v1/care/elders/" + elder + "/health-notes"), Kind.STAFF_A).content("{\"notes\":\"糖尿病\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("healthNotes"));
        mvc.perform(api(post("/api/v1/care/elders/" + elder + "/consent"), Kind.STAFF_A)
                        .content("{\"givenBy\":\"GUARDIAN\",\"purpose\":\"上门照护\",\"givenOn\":\"2026-01-05\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("guardianName"));
        mvc.perform(api(post("/api/v1/care/elders/" + elder + "/consent"), Kind.STAFF_A)
                        .content("{\"givenBy\":\"GUARDIAN\",\"guardianName\":\"孙女\",\"guardianRelation\":\"女儿\",\"purpose\":\"上门照护中使用健康信息\",\"givenOn\":\"2026-01-05\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.recordedBy").value(care.users.get(Kind.STAFF_A)));
        mvc.perform(api(put("/api/v1/care/elders/" + elder + "/health-notes"), Kind.DISPATCHER).content("{\"notes\":\"糖尿病，胰岛素\"}"))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select health_notes_enc from elder where id = :id").param("id", elder).query(String.class).single())
                .startsWith("k1:").doesNotContain("糖尿病");
        mvc.perform(api(get("/api/v1/care/elders/" + elder), Kind.CAREGIVER_A))
                .andExpect(jsonPath("$.hasHealthNotes").value(true)).andExpect(jsonPath("$.healthNotes").doesNotExist());
        mvc.perform(api(get("/api/v1/care/elders/" + elder + "?reveal=healthNotes"), Kind.CAREGIVER_A))
                .andExpect(jsonPath("$.healthNotes").value("糖尿病，胰岛素"));

        mvc.perform(api(delete("/api/v1/care/elders/" + elder + "/consent"), Kind.STAFF_A)).andExpect(status().isNoContent());
        assertThat(jdbc.sql("select health_notes_enc from elder where id = :id").param("id", elder).query(String.class).optional())
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from elder_consent where elder_id = :id and withdrawn_at is not null and withdrawn_by = :by")
                .param("id", elder).param("by", care.users.get(Kind.STAFF_A)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(api(get("/api/v1/care/elders/" + elder), Kind.STAFF_A)).andExpect(jsonPath("$.hasHealthNotes").value(false))
                .andExpect(jsonPath("$.consent").doesNotExist());
        mvc.perform(api(put("/api/v1/care/elders/" + elder + "/health-notes"), Kind.STAFF_A).content("{\"notes\":\"x\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theDispatcherFindsAnElderByPhoneLastFourContactPhoneIdNumberOrInitials() throws Exception {
        for (String q : List.of("5678", "139 1234 5678", CONTACT_PHONE, "5432", ID.toLowerCase(), "wjg", "王建")) {
            mvc.perform(api(get("/api/v1/care/elders").param("q", q), Kind.DISPATCHER)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[?(@.id == " + elderA + ")]").exists())
                    .andExpect(jsonPath("$.items[?(@.id == " + elderB + ")]").doesNotExist());
        }
        mvc.perform(api(get("/api/v1/care/elders").param("q", "0000"), Kind.DISPATCHER))
                .andExpect(jsonPath("$.items[?(@.id == " + elderA + ")]").doesNotExist());
        // an ID number one digit off is not a near match: exact only
        String near = ID.substring(0, 16) + (ID.charAt(16) == '1' ? '3' : '1') + ID.charAt(17);
        mvc.perform(api(get("/api/v1/care/elders").param("q", near), Kind.DISPATCHER))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anEditKeepsEmptyPersonalFieldsAndRemovesThePhoneOnlyWhenAsked() throws Exception {
        long elder = create(Kind.STAFF_A, "周编辑", CareFixture.idNumber("19460606", 461), "13800004444", care.compoundA,
                care.stationA, "甲小区 4 号楼");
        String idBefore = jdbc.sql("select id_number_enc from elder where id = :id").param("id", elder).query(String.class).single();
        String body = """
                {"name":"周编辑","compoundId":%d,"building":"4号楼","stationId":%d%s}""";
        mvc.perform(api(put("/api/v1/care/elders/" + elder), Kind.DISPATCHER).content(body.formatted(care.compoundA, care.stationA, "")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phone").value("138****4444"));
        assertThat(jdbc.sql("select id_number_enc from elder where id = :id").param("id", elder).query(String.class).single())
                .isEqualTo(idBefore);
        mvc.perform(api(put("/api/v1/care/elders/" + elder), Kind.DISPATCHER)
                        .content(body.formatted(care.compoundA, care.stationA, ",\"clearPhone\":true")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phone").doesNotExist());
        assertThat(jdbc.sql("select count(*) from elder where id = :id and phone_enc is null and phone_index is null")
                .param("id", elder).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void idNumbersAreCheckedAndDerivedAtTheApi() throws Exception {
        String bad = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
        mvc.perform(api(post("/api/v1/care/elders"), Kind.DISPATCHER).content("""
                        {"name":"错号","idNumber":"%s","phone":"12345","compoundId":%d,"address":"x","stationId":%d}"""
                        .formatted(bad, care.compoundA, care.stationA)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("idNumber"));
        mvc.perform(api(post("/api/v1/care/elders"), Kind.DISPATCHER).content("""
                        {"name":"重号","idNumber":"%s","compoundId":%d,"address":"x","stationId":%d}"""
                        .formatted(ID, care.compoundA, care.stationA)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("idNumber"));
        mvc.perform(api(post("/api/v1/care/elders"), Kind.STAFF_A).content("""
                        {"name":"他社区","idNumber":"%s","compoundId":%d,"address":"x","stationId":%d}"""
                        .formatted(CareFixture.idNumber("19380808", 567), care.compoundB, care.stationB)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAssessmentSetsTheCareLevelAtTheBoundaries() throws Exception {
        String[][] cases = {{"32,16,22,20", "INTACT"}, {"32,16,22,19", "MILD"}, {"20,16,10,20", "MILD"},
                {"20,16,10,19", "MODERATE"}, {"10,10,10,16", "MODERATE"}, {"10,10,10,15", "SEVERE"},
                {"10,10,10,0", "SEVERE"}, {"10,10,9,0", "TOTAL"}};
        for (String[] c : cases) {
            String[] s = c[0].split(",");
            mvc.perform(api(post("/api/v1/care/elders/" + elderB + "/assessments"), Kind.STAFF_B).content("""
                            {"selfCare":%s,"basicMotor":%s,"mentalState":%s,"perceptionSocial":%s,"assessor":"评估员甲","assessedOn":"2026-11-01"}"""
                            .formatted(s[0], s[1], s[2], s[3])))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.level").value(c[1]));
            mvc.perform(api(get("/api/v1/care/elders/" + elderB), Kind.STAFF_B)).andExpect(jsonPath("$.careLevel").value(c[1]));
        }
        mvc.perform(api(post("/api/v1/care/elders/" + elderB + "/assessments"), Kind.STAFF_B).content("""
                        {"selfCare":33,"basicMotor":16,"mentalState":22,"assessor":"x","assessedOn":"2026-11-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("selfCare", "perceptionSocial")));
        mvc.perform(api(get("/api/v1/care/assessment-level?selfCare=20&basicMotor=16&mentalState=10&perceptionSocial=20"),
                Kind.DISPATCHER)).andExpect(jsonPath("$.total").value(66)).andExpect(jsonPath("$.level").value("MILD"));
    }
}
