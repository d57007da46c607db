package org.lifecircle.care.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lifecircle.IntegrationTest;
import org.lifecircle.care.CareFixture;
import org.lifecircle.care.CareFixture.Kind;
import org.lifecircle.care.request.CareRequest;
import org.lifecircle.care.request.Priority;
import org.lifecircle.care.request.RequestForm;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.request.RequestStatus;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.ConflictException;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Intake and dispatch on a real PostgreSQL: every channel, recurrence, validation, proposal ranking, emergency alerts,
 * concurrent dispatch with real threads, dropping out, and the scope refusals.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatchIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired RequestService requests;
    @Autowired DispatchService dispatch;

    CareFixture care;
    final Map<Kind, String> tokens = new EnumMap<>(Kind.class);
    Actor dispatcher;
    Actor secondDispatcher;
    long home;
    long nearStation;
    long farStation;
    long elder;
    String selfToken;
    final LocalDate today = LocalDate.now(RequestService.ZONE);
    final ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeAll
    void setUp() throws Exception {
        String prefix = "DSP" + System.nanoTime() % 1_000_000;
        care = new CareFixture(jdbc, accounts, prefix);
        for (Kind kind : List.of(Kind.DISPATCHER, Kind.STAFF_A, Kind.STAFF_B, Kind.CAREGIVER_A, Kind.RESIDENT, Kind.PLANNER)) {
            tokens.put(kind, care.token(mvc, kind));
        }
        dispatcher = new Actor(care.users.get(Kind.DISPATCHER), Role.CARE_DISPATCHER, null, null);
        secondDispatcher = new Actor("second-" + care.users.get(Kind.DISPATCHER), Role.CARE_DISPATCHER, null, null);
        home = DispatchFixture.compound(jdbc, care.places.communityA, prefix + "家园", 0);
        nearStation = DispatchFixture.station(jdbc, care.places.communityA, prefix + "近站", 1);  // ~270 m
        farStation = DispatchFixture.station(jdbc, care.places.communityA, prefix + "远站", 6);   // ~1.6 km
        elder = CareFixture.json(mvc.perform(api(post("/api/v1/care/elders"), Kind.STAFF_A).content("""
                        {"name":"王五","idNumber":"%s","phone":"13800005678","compoundId":%d,"building":"2号楼","address":"2号楼202","stationId":%d}"""
                        .formatted(CareFixture.idNumber("19380202", 903), home, nearStation)))
                .andExpect(status().isCreated()).andReturn()).get("id").asLong();
        String self = "self-" + prefix.toLowerCase();
        accounts.create(Actor.SYSTEM, new NewAccount(self, "王五本人", CareFixture.PASSWORD, Role.RESIDENT, null, null, null));
        selfToken = CareFixture.json(mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + self + "\",\"password\":\"" + CareFixture.PASSWORD + "\",\"label\":\"t\"}"))
                .andExpect(status().isCreated()).andReturn()).get("token").asText();
        mvc.perform(api(post("/api/v1/care/elders/" + elder + "/family"), Kind.STAFF_A)
                .content("{\"username\":\"" + care.users.get(Kind.RESIDENT) + "\",\"relation\":\"女儿\"}")).andExpect(status().isOk());
        mvc.perform(api(post("/api/v1/care/elders/" + elder + "/family"), Kind.STAFF_A)
                .content("{\"username\":\"" + self + "\",\"relation\":\"SELF\"}")).andExpect(status().isOk());
    }

    @AfterAll
    void tearDown() {
        pool.shutdownNow();
    }

    MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Kind kind) {
        return request.header("Authorization", "Bearer " + tokens.get(kind)).contentType(MediaType.APPLICATION_JSON);
    }

    CareRequest file(String service, LocalDate day, String from, String to) {
        return requests.file(dispatcher, new RequestForm(elder, service, day, LocalTime.parse(from), LocalTime.parse(to), null, Priority.NORMAL));
    }

    // ---- intake ----

    @Test
    void eachChannelFollowsFromWhoFiles() throws Exception {
        String body = """
                {"elderId":%d,"service":"MEAL_DELIVERY","day":"%s","windowStart":"11:00","windowEnd":"12:00","notes":"少盐"}"""
                .formatted(elder, today.plusDays(3));
        mvc.perform(api(post("/api/v1/care/requests"), Kind.DISPATCHER).content(body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("DISPATCHER_PHONE")).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.durationMinutes").value(30)).andExpect(jsonPath("$.notes").value("少盐"));
        mvc.perform(api(post("/api/v1/care/requests"), Kind.STAFF_A).content(body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("COMMUNITY_STAFF"));
        mvc.perform(api(post("/api/v1/care/family/requests"), Kind.RESIDENT).content(body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("FAMILY_ONLINE"));
        mvc.perform(post("/api/v1/care/family/requests").header("Authorization", "Bearer " + selfToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("ELDER_ONLINE"));
        // the family sees its requests, and nothing else of the care platform
        mvc.perform(api(get("/api/v1/care/family/requests"), Kind.RESIDENT)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].elderId").value(elder));
        mvc.perform(api(get("/api/v1/care/elders/" + elder), Kind.RESIDENT)).andExpect(status().isForbidden());
        mvc.perform(api(post("/api/v1/care/requests"), Kind.RESIDENT).content(body)).andExpect(status().isForbidden());
        // the link is audited
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'care.family.linked' and target_id = :id")
                .param("id", String.valueOf(elder)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void filingIsRefusedOutsideTheScope() throws Exception {
        String body = """
                {"elderId":%d,"service":"MEAL_DELIVERY","day":"%s","windowStart":"11:00","windowEnd":"12:00"}"""
                .formatted(elder, today.plusDays(3));
        // another community's staff, a caregiver: the elder does not exist for them
        mvc.perform(api(post("/api/v1/care/requests"), Kind.STAFF_B).content(body)).andExpect(status().isNotFound());
        mvc.perform(api(post("/api/v1/care/requests"), Kind.CAREGIVER_A).content(body)).andExpect(status().isNotFound());
        // roles outside care are stopped at the door
        mvc.perform(api(post("/api/v1/care/requests"), Kind.PLANNER).content(body)).andExpect(status().isForbidden());
        // a resident not linked to this elder
        String other = "other-" + System.nanoTime() % 1_000_000;
        accounts.create(Actor.SYSTEM, new NewAccount(other, "别人", CareFixture.PASSWORD, Role.RESIDENT, null, null, null));
        assertThatThrownBy(() -> requests.file(new Actor(other, Role.RESIDENT, null, null),
                new RequestForm(elder, "MEAL_DELIVERY", today.plusDays(3), LocalTime.NOON, LocalTime.NOON, null, null)))
                .isInstanceOf(org.lifecircle.shared.NotFoundException.class);
        // dispatching is the dispatch center's: community staff may not see proposals or assign
        CareRequest r = file("MEAL_DELIVERY", today.plusDays(3), "11:00", "12:00");
        mvc.perform(api(get("/api/v1/care/requests/" + r.id() + "/proposals"), Kind.STAFF_A)).andExpect(status().isForbidden());
        mvc.perform(api(post("/api/v1/care/requests/" + r.id() + "/assign"), Kind.STAFF_A).content("{\"caregiverId\":1}"))
                .andExpect(status().isForbidden());
        // the other community's staff do not see it on their board, nor by id
        mvc.perform(api(get("/api/v1/care/requests/" + r.id()), Kind.STAFF_B)).andExpect(status().isNotFound());
        JsonNode board = CareFixture.json(mvc.perform(api(get("/api/v1/care/requests?from=" + today + "&to=" + today.plusDays(5)), Kind.STAFF_B))
                .andExpect(status().isOk()).andReturn());
        board.forEach(row -> assertThat(row.get("elderId").asLong()).isNotEqualTo(elder));
    }

    @Test
    void validationNamesTheFields() throws Exception {
        mvc.perform(api(post("/api/v1/care/requests"), Kind.DISPATCHER).header("Accept-Language", "en").content("""
                        {"elderId":%d,"service":"NOPE","day":"%s","windowStart":"12:00","windowEnd":"11:00","notes":"%s"}"""
                        .formatted(elder, today.minusDays(1), "x".repeat(501))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("service", "day", "windowEnd", "notes")))
                .andExpect(jsonPath("$.problems[?(@.field=='windowEnd')].message").value("The time window cannot end before it starts."))
                .andExpect(jsonPath("$.trace").doesNotExist());
        mvc.perform(api(post("/api/v1/care/requests"), Kind.DISPATCHER).content("{\"service\":\"MEAL_DELIVERY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(org.hamcrest.Matchers.hasItem("elderId")));
    }

    @Test
    void aSeriesCreatesItsDaysAheadOnce() throws Exception {
        LocalDate first = today.plusDays(1);
        LocalDate last = today.plusDays(40);
        JsonNode series = CareFixture.json(mvc.perform(api(post("/api/v1/care/series"), Kind.STAFF_A).content("""
                        {"elderId":%d,"service":"MEAL_DELIVERY","weekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],
                         "windowStart":"11:00","windowEnd":"12:00","firstDay":"%s","lastDay":"%s"}""".formatted(elder, first, last)))
                .andExpect(status().isCreated()).andReturn());
        long id = series.get("id").asLong();
        assertThat(created(id)).isEqualTo(weekdays(first, today.plusDays(14)));
        // again: nothing twice; a week later: the next week's days
        requests.createAhead(today);
        assertThat(created(id)).isEqualTo(weekdays(first, today.plusDays(14)));
        requests.createAhead(today.plusDays(7));
        assertThat(created(id)).isEqualTo(weekdays(first, today.plusDays(21)));
        assertThat(jdbc.sql("select count(distinct day) = count(*) from care_request where series_id = :s").param("s", id)
                .query(Boolean.class).single()).isTrue();
        // an empty week is refused with the field named
        mvc.perform(api(post("/api/v1/care/series"), Kind.STAFF_A).content("""
                        {"elderId":%d,"service":"MEAL_DELIVERY","weekdays":[],"windowStart":"11:00","windowEnd":"12:00",
                         "firstDay":"%s","lastDay":"%s"}""".formatted(elder, first, last)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("weekdays"));
    }

    private long created(long series) {
        return jdbc.sql("select count(*) from care_request where series_id = :s").param("s", series).query(Long.class).single();
    }

    private static long weekdays(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).filter(d -> d.getDayOfWeek().getValue() <= 5).count();
    }

    @Test
    void cancellingNeedsTheVersionSeenAndAReason() throws Exception {
        CareRequest r = file("MEAL_DELIVERY", today.plusDays(4), "11:00", "12:00");
        mvc.perform(api(post("/api/v1/care/requests/" + r.id() + "/cancel"), Kind.STAFF_A).content("{\"version\":%d}".formatted(r.version())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("reason"));
        mvc.perform(api(post("/api/v1/care/requests/" + r.id() + "/cancel"), Kind.STAFF_A)
                        .content("{\"version\":%d,\"reason\":\"老人住院\"}".formatted(r.version() + 1)))
                .andExpect(status().isConflict());
        mvc.perform(api(post("/api/v1/care/requests/" + r.id() + "/cancel"), Kind.STAFF_B)
                        .content("{\"version\":%d,\"reason\":\"x\"}".formatted(r.version())))
                .andExpect(status().isNotFound());
        mvc.perform(api(post("/api/v1/care/requests/" + r.id() + "/cancel"), Kind.STAFF_A)
                        .content("{\"version\":%d,\"reason\":\"老人住院\"}".formatted(r.version())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(api(get("/api/v1/care/requests?status=NOPE"), Kind.DISPATCHER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("status"));
    }

    // ---- proposals ----

    @Test
    void proposalsRankBySkillShiftTravelTimeAndWorkload() {
        LocalDate day = today.plusDays(10);
        long expired = DispatchFixture.caregiver(jdbc, nearStation, "证过期", "WALK", "24/7", day.minusDays(1).toString(), "NURSING");
        long offShift = DispatchFixture.caregiver(jdbc, nearStation, "下午班", "WALK", "Mo-Su 13:00-17:00", null, "NURSING");
        long nearWalk = DispatchFixture.caregiver(jdbc, nearStation, "近步行", "WALK", "24/7", null, "NURSING");
        long farWalk = DispatchFixture.caregiver(jdbc, farStation, "远步行", "WALK", "24/7", null, "NURSING");
        long farBike = DispatchFixture.caregiver(jdbc, farStation, "远电动车", "E_BIKE", "24/7", null, "NURSING");
        CareRequest r = file("HEALTH_CHECK", day, "09:00", "10:00");
        List<Proposal> proposals = dispatch.propose(dispatcher, r.id());
        List<Long> ranked = proposals.stream().filter(Proposal::eligible).map(Proposal::caregiverId)
                .filter(List.of(nearWalk, farWalk, farBike)::contains).toList();
        assertThat(ranked).containsExactly(nearWalk, farBike, farWalk);
        assertThat(reason(proposals, expired)).isEqualTo("care.dispatch.reason.skills");
        assertThat(reason(proposals, offShift)).isEqualTo("care.dispatch.reason.offShift");
        Proposal first = proposals.stream().filter(p -> p.caregiverId() == nearWalk).findFirst().orElseThrow();
        assertThat(first.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(first.fromRequest()).isNull();
        assertThat(first.reasons()).extracting(Proposal.Reason::key).contains("care.dispatch.reason.fromStation", "care.dispatch.reason.workload");

        // a second, equal caregiver at the same station: the one with less work that day comes first
        long nearWalk2 = DispatchFixture.caregiver(jdbc, nearStation, "近步行二", "WALK", "24/7", null, "NURSING", "CLEANING");
        long nearWalk3 = DispatchFixture.caregiver(jdbc, nearStation, "近步行三", "WALK", "24/7", null, "NURSING", "CLEANING");
        CareRequest morning = file("CLEANING", day.plusDays(1), "06:00", "06:00");
        dispatch.assign(dispatcher, morning.id(), nearWalk2, null, "测试：先给二号排早班");
        CareRequest check = file("HEALTH_CHECK", day.plusDays(1), "14:00", "15:00");
        List<Proposal> again = dispatch.propose(dispatcher, check.id());
        List<Long> order = again.stream().filter(Proposal::eligible).map(Proposal::caregiverId)
                .filter(List.of(nearWalk2, nearWalk3)::contains).toList();
        assertThat(order).containsExactly(nearWalk3, nearWalk2);
        Proposal busy = again.stream().filter(p -> p.caregiverId() == nearWalk2).findFirst().orElseThrow();
        assertThat(busy.assignedMinutes()).isEqualTo(90);
        assertThat(busy.fromRequest()).isEqualTo(morning.id()); // on from the morning's visit, not the station
    }

    @Test
    void aCaregiverBusyInTheWindowIsLeftOutAndTheNextGapIsUsed() {
        // companionship (60 min, no skill needed): CareRegistryIT edits bathing's duration and skills
        LocalDate day = today.plusDays(12);
        long only = DispatchFixture.caregiver(jdbc, nearStation, "独一", "WALK", "24/7", null, "BATHING");
        CareRequest bath = file("COMPANIONSHIP", day, "09:00", "09:00");
        dispatch.assign(dispatcher, bath.id(), only, null, "测试");
        // 09:00-10:00 is taken: a visit that must start by 09:30 cannot be made, one that may start until 12:00 starts after it
        CareRequest tight = file("COMPANIONSHIP", day, "09:00", "09:30");
        assertThat(reason(dispatch.propose(dispatcher, tight.id()), only)).isEqualTo("care.dispatch.reason.busy");
        CareRequest loose = file("COMPANIONSHIP", day, "09:00", "12:00");
        Proposal later = dispatch.propose(dispatcher, loose.id()).stream().filter(p -> p.caregiverId() == only).findFirst().orElseThrow();
        assertThat(later.eligible()).isTrue();
        assertThat(later.start()).isEqualTo(LocalTime.of(10, 0)); // same compound: no way to go
        // assigning it anyway is a lost race, not a crash
        assertThatThrownBy(() -> dispatch.assign(dispatcher, tight.id(), only, null, "x")).isInstanceOf(ConflictException.class);
    }

    @Test
    void anotherThanTheFirstProposalNeedsAReasonAndIsAudited() throws Exception {
        LocalDate day = today.plusDays(14);
        long a = DispatchFixture.caregiver(jdbc, nearStation, "首选", "WALK", "24/7", null, "REHABILITATION", "BASIC_CARE");
        long b = DispatchFixture.caregiver(jdbc, farStation, "次选", "WALK", "24/7", null, "REHABILITATION", "BASIC_CARE");
        CareRequest r = file("MEDICAL_ESCORT", day, "08:00", "09:00");
        List<Proposal> proposals = dispatch.propose(dispatcher, r.id());
        long firstId = proposals.get(0).caregiverId();
        long other = firstId == a ? b : a;
        mvc.perform(api(post("/api/v1/care/requests/" + r.id() + "/assign"), Kind.DISPATCHER)
                        .content("{\"caregiverId\":%d,\"version\":%d}".formatted(other, r.version())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("overrideReason"));
        mvc.perform(api(post("/api/v1/care/requests/" + r.id() + "/assign"), Kind.DISPATCHER)
                        .content("{\"caregiverId\":%d,\"version\":%d,\"overrideReason\":\"老人点名要这位护理员\"}".formatted(other, r.version())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.caregiverId").value(other)).andExpect(jsonPath("$.overrideReason").value("老人点名要这位护理员"));
        assertThat(jdbc.sql("select summary from audit_event where action = 'care.request.overridden' and target_id = :id")
                .param("id", String.valueOf(r.id())).query(String.class).single()).contains("老人点名要这位护理员");
        // the same request again: 409 with a message, never a 500
        mvc.perform(api(post("/api/v1/care/requests/" + r.id() + "/assign"), Kind.DISPATCHER).header("Accept-Language", "en")
                        .content("{\"caregiverId\":%d}".formatted(firstId)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Request " + r.id() + " is no longer open (now: ASSIGNED)."));
    }

    // ---- emergencies ----

    @Test
    void anEmergencyJumpsTheQueueAndAlertsTheNearestFreeCaregiver() throws Exception {
        long far = DispatchFixture.caregiver(jdbc, farStation, "远急救", "WALK", "24/7", null, "BASIC_CARE");
        long near = DispatchFixture.caregiver(jdbc, nearStation, "近急救", "E_BIKE", "24/7", null, "BASIC_CARE");
        jdbc.sql("update caregiver set username = :u where id = :id").param("u", care.users.get(Kind.CAREGIVER_A)).param("id", near).update();
        file("MEAL_DELIVERY", today.plusDays(1), "11:00", "12:00");
        JsonNode emergency = CareFixture.json(mvc.perform(api(post("/api/v1/care/requests"), Kind.DISPATCHER).content("""
                        {"elderId":%d,"service":"EMERGENCY_VISIT","priority":"EMERGENCY","notes":"摔倒"}""".formatted(elder)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.day").value(today.toString())).andReturn());
        long id = emergency.get("id").asLong();
        JsonNode board = CareFixture.json(mvc.perform(api(get("/api/v1/care/requests?from=" + today + "&to=" + today.plusDays(30)), Kind.DISPATCHER))
                .andExpect(status().isOk()).andReturn());
        assertThat(board.get(0).get("priority").asText()).isEqualTo("EMERGENCY");
        List<Long> alerted = jdbc.sql("select caregiver_id from care_alert where request_id = :r").param("r", id).query(Long.class).list();
        assertThat(alerted).containsExactly(near);
        // the caregiver polls their alerts and acknowledges; nobody else's alert is theirs
        JsonNode alerts = CareFixture.json(mvc.perform(api(get("/api/v1/care/alerts"), Kind.CAREGIVER_A)).andExpect(status().isOk()).andReturn());
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("requestId").asLong()).isEqualTo(id);
        mvc.perform(api(post("/api/v1/care/alerts/" + alerts.get(0).get("id").asLong() + "/acknowledge"), Kind.CAREGIVER_A)).andExpect(status().isOk());
        mvc.perform(api(get("/api/v1/care/alerts"), Kind.CAREGIVER_A)).andExpect(jsonPath("$.length()").value(0));
        assertThat(far).isNotEqualTo(near);
    }

    // ---- concurrency ----

    @Test
    void twoDispatchersAssigningOneRequestAtOnce_exactlyOneWins() throws Exception {
        long one = DispatchFixture.caregiver(jdbc, nearStation, "并发一", "WALK", "24/7", null, "CLEANING");
        long two = DispatchFixture.caregiver(jdbc, nearStation, "并发二", "WALK", "24/7", null, "CLEANING");
        for (int round = 0; round < 12; round++) {
            CareRequest r = file("CLEANING", today.plusDays(60 + round), "08:00", "18:00");
            List<Object> outcomes = race(() -> dispatch.assign(dispatcher, r.id(), one, r.version(), "并发测试"),
                    () -> dispatch.assign(secondDispatcher, r.id(), two, r.version(), "并发测试"));
            assertThat(outcomes).filteredOn(CareRequest.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
            CareRequest after = requests.get(r.id());
            assertThat(after.status()).isEqualTo(RequestStatus.ASSIGNED);
            assertThat(after.caregiverId()).isEqualTo(((CareRequest) outcomes.stream().filter(CareRequest.class::isInstance)
                    .findFirst().orElseThrow()).caregiverId());
            assertThat(after.version()).isEqualTo(r.version() + 1);
        }
    }

    @Test
    void twoRequestsForOneCaregiverAtOverlappingTimes_exactlyOneWins() throws Exception {
        long only = DispatchFixture.caregiver(jdbc, nearStation, "并发独", "WALK", "24/7", null, "CLEANING");
        for (int round = 0; round < 12; round++) {
            LocalDate day = today.plusDays(80 + round);
            CareRequest p = file("CLEANING", day, "10:00", "10:00");
            CareRequest q = file("CLEANING", day, "10:30", "10:30");
            List<Object> outcomes = race(() -> dispatch.assign(dispatcher, p.id(), only, null, "并发测试"),
                    () -> dispatch.assign(secondDispatcher, q.id(), only, null, "并发测试"));
            assertThat(outcomes).filteredOn(CareRequest.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
            assertThat(jdbc.sql("select count(*) from care_request where caregiver_id = :c and day = :d")
                    .param("c", only).param("d", day).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void theDatabaseItselfRefusesADoubleBooking() {
        assertThat(jdbc.sql("select count(*) from pg_constraint where conname = 'care_request_no_double_booking'")
                .query(Long.class).single()).as("btree_gist on the embedded PostgreSQL").isEqualTo(1);
        long only = DispatchFixture.caregiver(jdbc, nearStation, "约束", "WALK", "24/7", null, "CLEANING");
        LocalDate day = today.plusDays(100);
        CareRequest p = file("CLEANING", day, "10:00", "10:00");
        CareRequest q = file("CLEANING", day, "10:00", "10:00");
        dispatch.assign(dispatcher, p.id(), only, null, "x");
        // bypassing the service: the exclusion constraint still says no
        assertThatThrownBy(() -> jdbc.sql("""
                        update care_request set status = 'ASSIGNED', caregiver_id = :c, booked_from = :f, booked_until = :u
                        where id = :id""").param("c", only).param("id", q.id())
                .param("f", java.sql.Timestamp.from(day.atTime(10, 30).atZone(RequestService.ZONE).toInstant()))
                .param("u", java.sql.Timestamp.from(day.atTime(11, 0).atZone(RequestService.ZONE).toInstant())).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aCaregiverDroppingOutReopensTheirDay() throws Exception {
        long c = DispatchFixture.caregiver(jdbc, nearStation, "请假", "WALK", "24/7", null, "CLEANING");
        LocalDate day = today.plusDays(120);
        CareRequest r = file("CLEANING", day, "10:00", "10:00");
        dispatch.assign(dispatcher, r.id(), c, null, "x");
        mvc.perform(api(post("/api/v1/care/caregivers/" + c + "/drop-out"), Kind.DISPATCHER)
                        .content("{\"day\":\"%s\",\"reason\":\"生病\"}".formatted(day)))
                .andExpect(status().isOk()).andExpect(content -> assertThat(content.getResponse().getContentAsString()).isEqualTo("1"));
        CareRequest after = requests.get(r.id());
        assertThat(after.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(after.caregiverId()).isNull();
        assertThatThrownBy(() -> dispatch.dropOut(new Actor("s", Role.COMMUNITY_STAFF, care.places.communityA, null), c, day, "x"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aCaregiverSeesOnlyTheirOwnAssignments() throws Exception {
        long mine = DispatchFixture.caregiver(jdbc, nearStation, "本人", "WALK", "24/7", null, "CLEANING");
        long theirs = DispatchFixture.caregiver(jdbc, nearStation, "别人", "WALK", "24/7", null, "CLEANING");
        String user = care.users.get(Kind.CAREGIVER_B);
        jdbc.sql("update caregiver set username = :u where id = :id").param("u", user).param("id", mine).update();
        String token = care.token(mvc, Kind.CAREGIVER_B);
        LocalDate day = today.plusDays(130);
        CareRequest a = file("CLEANING", day, "10:00", "10:00");
        CareRequest b = file("CLEANING", day, "10:00", "10:00");
        dispatch.assign(dispatcher, a.id(), mine, null, "x");
        dispatch.assign(dispatcher, b.id(), theirs, null, "x");
        JsonNode board = CareFixture.json(mvc.perform(get("/api/v1/care/requests?status=ASSIGNED&from=" + day + "&to=" + day)
                .header("Authorization", "Bearer " + token)).andExpect(status().isOk()).andReturn());
        assertThat(board).hasSize(1);
        assertThat(board.get(0).get("id").asLong()).isEqualTo(a.id());
        mvc.perform(get("/api/v1/care/requests/" + b.id()).header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/care/requests/" + a.id() + "/proposals").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    // ---- pages ----

    @Test
    void theDispatchPagesFileAndAssignInBothLanguages() throws Exception {
        long caregiver = DispatchFixture.caregiver(jdbc, nearStation, "页面员", "WALK", "24/7", null, "MEAL_DELIVERY");
        org.springframework.mock.web.MockHttpSession session = care.login(mvc, Kind.DISPATCHER);
        for (String language : List.of("zh-CN", "en")) {
            String board = mvc.perform(get("/care/dispatch").param("q", "王五").session(session).header("Accept-Language", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(board).as(language).doesNotContain("??").contains("王五").contains("name=\"elderId\"").contains("data-dispatch-map");
            assertThat(board).as("the intake list is masked").doesNotContain("13800005678").contains("138****5678");
        }
        // a form with an error comes back naming the field, no stack trace
        String back = mvc.perform(post("/care/dispatch/requests").session(session).with(csrf()).header("Accept-Language", "en")
                        .param("elderId", String.valueOf(elder)).param("service", "MEAL_DELIVERY").param("day", today.plusDays(5).toString())
                        .param("windowStart", "12:00").param("windowEnd", "11:00"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("problems").toString();
        assertThat(back).contains("Window ends: The time window cannot end before it starts.");
        String location = mvc.perform(post("/care/dispatch/requests").session(session).with(csrf())
                        .param("elderId", String.valueOf(elder)).param("service", "MEAL_DELIVERY").param("day", today.plusDays(150).toString())
                        .param("windowStart", "11:00").param("windowEnd", "12:00").param("notes", "电话受理"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(requests.get(id).channel()).isEqualTo(org.lifecircle.care.request.Channel.DISPATCHER_PHONE);
        for (String language : List.of("zh-CN", "en")) {
            String page = mvc.perform(get(location).session(session).header("Accept-Language", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(language).doesNotContain("??").contains("页面员");
        }
        mvc.perform(post(location + "/assign").session(session).with(csrf()).param("caregiverId", String.valueOf(caregiver))
                .param("version", "0").param("overrideReason", "页面测试")).andExpect(status().is3xxRedirection());
        assertThat(requests.get(id).caregiverId()).isEqualTo(caregiver);
        // the board is the dispatch center's
        mvc.perform(get("/care/dispatch").session(care.login(mvc, Kind.STAFF_A))).andExpect(status().isForbidden());
    }

    private static String reason(List<Proposal> proposals, long caregiver) {
        Proposal p = proposals.stream().filter(x -> x.caregiverId() == caregiver).findFirst().orElseThrow();
        assertThat(p.eligible()).isFalse();
        return p.reasons().get(0).key();
    }

    /** Runs both at the same moment on two threads (a barrier), and returns each one's result or exception. */
    private List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : List.of(a, b)) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return task.call();
                } catch (ConflictException | InvalidInputException e) {
                    return e;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            outcomes.add(f.get());
        }
        return outcomes;
    }
}
