package org.lifecircle.care.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lifecircle.IntegrationTest;
import org.lifecircle.care.CareFixture;
import org.lifecircle.care.CareFixture.Kind;
import org.lifecircle.care.caregiver.Caregiver;
import org.lifecircle.care.caregiver.CaregiverForm;
import org.lifecircle.care.caregiver.CaregiverService;
import org.lifecircle.care.caregiver.TravelMode;
import org.lifecircle.care.elder.ElderForm;
import org.lifecircle.care.elder.ElderService;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.ConflictException;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages part C adds for what part B offered by API only: a caregiver's sign-in account (checked against
 * identity), family links on the elder's page, recurring series (file, stop), a caregiver's drop-out.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartBPagesIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired CaregiverService caregivers;
    @Autowired ElderService elders;
    @Autowired RequestService requests;

    CareFixture care;
    Actor dispatcher;
    Actor staffA;
    long elder;
    final LocalDate today = LocalDate.now(RequestService.ZONE);

    @BeforeAll
    void setUp() {
        care = new CareFixture(jdbc, accounts, "PBP" + System.nanoTime() % 1_000_000);
        dispatcher = new Actor(care.users.get(Kind.DISPATCHER), Role.CARE_DISPATCHER, null, null);
        staffA = new Actor(care.users.get(Kind.STAFF_A), Role.COMMUNITY_STAFF, care.places.communityA, null);
        ElderForm form = new ElderForm();
        form.setName("钱周期");
        form.setIdNumber(CareFixture.idNumber("19410707", 957));
        form.setPhone("13800007777");
        form.setCompoundId(care.compoundA);
        form.setBuilding("1号楼");
        form.setAddress("1号楼 101");
        form.setStationId(care.stationA);
        elder = elders.create(dispatcher, form).id();
    }

    CaregiverForm caregiverForm(long station, String username) {
        CaregiverForm form = new CaregiverForm();
        form.setStationId(station);
        form.setName("账号测试护理员");
        form.setPhone("13700001234");
        form.setTravelMode(TravelMode.WALK);
        form.setUsername(username);
        return form;
    }

    static String field(Throwable e) {
        return ((InvalidInputException) e).problems().get(0).field() + ":" + ((InvalidInputException) e).problems().get(0).messageKey();
    }

    @Test
    void aCaregiversAccountIsCheckedAgainstIdentity() {
        assertThatThrownBy(() -> caregivers.create(staffA, caregiverForm(care.stationA, "nobody-" + care.stationA)))
                .satisfies(e -> assertThat(field(e)).isEqualTo("username:care.caregiver.username.unknown"));
        assertThatThrownBy(() -> caregivers.create(staffA, caregiverForm(care.stationA, care.users.get(Kind.RESIDENT))))
                .satisfies(e -> assertThat(field(e)).isEqualTo("username:care.caregiver.username.role"));
        assertThatThrownBy(() -> caregivers.create(staffA, caregiverForm(care.stationA, care.users.get(Kind.CAREGIVER_B))))
                .satisfies(e -> assertThat(field(e)).isEqualTo("username:care.caregiver.username.station"));
        Caregiver linked = caregivers.create(staffA, caregiverForm(care.stationA, care.users.get(Kind.CAREGIVER_A)));
        assertThat(linked.username()).isEqualTo(care.users.get(Kind.CAREGIVER_A));
        assertThatThrownBy(() -> caregivers.create(staffA, caregiverForm(care.stationA, care.users.get(Kind.CAREGIVER_A))))
                .satisfies(e -> assertThat(field(e)).isEqualTo("username:care.caregiver.username.taken"));
        assertThat(caregivers.update(staffA, linked.id(), caregiverForm(care.stationA, "")).username()).as("blank unlinks").isNull();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'care.caregiver.updated' and target_id = :id and summary like '%account%'")
                .param("id", String.valueOf(linked.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void familyLinksOnTheEldersPage() throws Exception {
        MockHttpSession staff = care.login(mvc, Kind.STAFF_A);
        mvc.perform(post("/care/elders/" + elder + "/family").session(staff).with(csrf())
                .param("username", "nobody-at-all").param("relation", "儿子")).andExpect(status().is3xxRedirection());
        assertThat(requests.familyLinks(staffA, elder)).as("a typo links nobody").isEmpty();
        mvc.perform(post("/care/elders/" + elder + "/family").session(staff).with(csrf())
                .param("username", care.users.get(Kind.RESIDENT)).param("relation", "儿子")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/care/elders/" + elder + "/family").session(staff)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(care.users.get(Kind.RESIDENT))));
        mvc.perform(get("/care/elders/" + elder + "/family").session(care.login(mvc, Kind.STAFF_B))).andExpect(status().isForbidden());
        mvc.perform(post("/care/elders/" + elder + "/family/" + care.users.get(Kind.RESIDENT) + "/delete").session(staff).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.familyLinks(staffA, elder)).isEmpty();
    }

    @Test
    void aSeriesIsFiledAndStoppedFromItsPage() throws Exception {
        MockHttpSession desk = care.login(mvc, Kind.DISPATCHER);
        mvc.perform(post("/care/series").session(desk).with(csrf()).param("elderId", String.valueOf(elder))
                .param("service", "MEAL_DELIVERY").param("weekdays", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .param("windowStart", "11:00").param("windowEnd", "12:00").param("firstDay", today.plusDays(1).toString())
                .param("lastDay", today.plusDays(30).toString())).andExpect(status().is3xxRedirection());
        List<Series> series = requests.seriesOf(dispatcher, elder);
        assertThat(series).hasSize(1);
        long created = jdbc.sql("select count(*) from care_request where series_id = :s and status = 'OPEN'").param("s", series.get(0).id())
                .query(Long.class).single();
        assertThat(created).isEqualTo(14); // tomorrow .. today + 14 (the horizon)
        mvc.perform(get("/care/series").session(desk).param("elderId", String.valueOf(elder))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("11:00–12:00")));
        assertThat(requests.stopSeries(dispatcher, series.get(0).id())).isEqualTo(14);
        assertThat(requests.seriesOf(dispatcher, elder).get(0).active()).isFalse();
        assertThat(requests.seriesOf(dispatcher, elder).get(0).lastDay()).isEqualTo(today.plusDays(1));
        assertThat(jdbc.sql("select count(*) from care_request where series_id = :s and status = 'CANCELLED'").param("s", series.get(0).id())
                .query(Long.class).single()).isEqualTo(14);
        assertThatThrownBy(() -> requests.stopSeries(dispatcher, series.get(0).id())).isInstanceOf(ConflictException.class);
        requests.createAhead(today); // the nightly job: a stopped series creates nothing more
        assertThat(jdbc.sql("select count(*) from care_request where series_id = :s and status <> 'CANCELLED'").param("s", series.get(0).id())
                .query(Long.class).single()).isZero();
        // another community's staff do not see the elder's series
        assertThatThrownBy(() -> requests.seriesOf(new Actor(care.users.get(Kind.STAFF_B), Role.COMMUNITY_STAFF, care.places.communityB, null), elder))
                .isInstanceOf(org.lifecircle.shared.NotFoundException.class);
    }

    @Test
    void theDispatcherCancelsFromTheRequestPage() throws Exception {
        CareRequest r = requests.file(dispatcher, new RequestForm(elder, "MEAL_DELIVERY", today.plusDays(2),
                java.time.LocalTime.of(11, 0), java.time.LocalTime.of(12, 0), null, Priority.NORMAL));
        MockHttpSession desk = care.login(mvc, Kind.DISPATCHER);
        var stale = mvc.perform(post("/care/dispatch/requests/" + r.id() + "/cancel").session(desk).with(csrf())
                .param("version", String.valueOf(r.version() + 1)).param("reason", "老人取消")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(stale.getFlashMap().get("problems").toString()).contains("已被他人修改");
        mvc.perform(post("/care/dispatch/requests/" + r.id() + "/cancel").session(desk).with(csrf())
                .param("version", String.valueOf(r.version())).param("reason", "老人取消")).andExpect(status().is3xxRedirection());
        assertThat(requests.get(r.id()).status()).isEqualTo(RequestStatus.CANCELLED);
    }

    @Test
    void aDropOutFromTheCaregiversList() throws Exception {
        long id = caregivers.create(staffA, caregiverForm(care.stationA, null)).id();
        MockHttpSession desk = care.login(mvc, Kind.DISPATCHER);
        mvc.perform(post("/care/dispatch/caregivers/" + id + "/drop-out").session(desk).with(csrf())
                .param("day", today.toString()).param("reason", "")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from caregiver_absence where caregiver_id = :c").param("c", id).query(Long.class).single()).isZero();
        mvc.perform(post("/care/dispatch/caregivers/" + id + "/drop-out").session(desk).with(csrf())
                .param("day", today.toString()).param("reason", "病假")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select reason from caregiver_absence where caregiver_id = :c").param("c", id).query(String.class).single())
                .isEqualTo("病假");
        mvc.perform(get("/care/caregivers").session(desk)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("drop-out")));
    }

    /** An address typed by hand without the station, or with a malformed one: the error page, not JSON in English. */
    @Test
    void aPageWithoutItsParameterShowsTheErrorPageInTheReadersLanguage() throws Exception {
        MockHttpSession desk = care.login(mvc, Kind.DISPATCHER);
        mvc.perform(get("/care/routes").session(desk).header("Accept-Language", "zh-CN").accept("text/html"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请求有误：缺少参数“stationId”。")));
        mvc.perform(get("/care/routes").param("stationId", "abc").session(desk).header("Accept-Language", "en").accept("text/html"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Bad request: the value of the parameter &quot;stationId&quot; cannot be read.")));
    }
}
