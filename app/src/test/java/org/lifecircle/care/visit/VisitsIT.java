package org.lifecircle.care.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.lifecircle.care.dispatch.DispatchFixture;
import org.lifecircle.care.dispatch.DispatchService;
import org.lifecircle.care.request.CareRequest;
import org.lifecircle.care.request.Priority;
import org.lifecircle.care.request.RequestForm;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.engine.geo.Haversine;
import org.lifecircle.engine.geo.LonLat;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Visits on a real PostgreSQL: check-in and check-out with the six facts, the position check and the exception
 * queue, punctuality, concurrent check-ins with real threads, the flags job, the family's view and rating, applying
 * a route plan, and the scope refusals (another station's caregiver, another community's staff).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitsIT {

    /** The fixture's compounds are at this point; 0.0005° of longitude here is about 46 m. */
    static final double LON = 113.74;
    static final double LAT = 34.77;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired RequestService requests;
    @Autowired DispatchService dispatch;
    @Autowired VisitService visits;
    @Autowired VisitFlags flags;

    CareFixture care;
    final Map<Kind, String> tokens = new EnumMap<>(Kind.class);
    Actor dispatcher;
    Actor caregiverA;
    long elder;
    long caregiverIdA;
    long caregiverIdB;
    long planner;
    String selfToken;
    final LocalDate today = LocalDate.now(RequestService.ZONE);
    final LocalDate tomorrow = today.plusDays(1);
    final ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeAll
    void setUp() throws Exception {
        String prefix = "VIS" + System.nanoTime() % 1_000_000;
        care = new CareFixture(jdbc, accounts, prefix);
        for (Kind kind : List.of(Kind.DISPATCHER, Kind.STAFF_A, Kind.STAFF_B, Kind.CAREGIVER_A, Kind.CAREGIVER_B, Kind.RESIDENT)) {
            tokens.put(kind, care.token(mvc, kind));
        }
        dispatcher = new Actor(care.users.get(Kind.DISPATCHER), Role.CARE_DISPATCHER, null, null);
        caregiverA = new Actor(care.users.get(Kind.CAREGIVER_A), Role.CAREGIVER, null, null, care.stationA);
        String[] skills = {"BASIC_CARE", "MEAL_DELIVERY", "CLEANING"};
        caregiverIdA = DispatchFixture.caregiver(jdbc, care.stationA, prefix + "甲护理员", "E_BIKE", "24/7", null, skills);
        caregiverIdB = DispatchFixture.caregiver(jdbc, care.stationB, prefix + "乙护理员", "E_BIKE", "24/7", null, skills);
        planner = DispatchFixture.caregiver(jdbc, care.stationA, prefix + "丙护理员", "E_BIKE", "24/7", null, skills);
        link(caregiverIdA, care.users.get(Kind.CAREGIVER_A));
        link(caregiverIdB, care.users.get(Kind.CAREGIVER_B));
        elder = CareFixture.json(mvc.perform(api(post("/api/v1/care/elders"), Kind.STAFF_A).content("""
                        {"name":"赵访","idNumber":"%s","phone":"13800006543","compoundId":%d,"building":"3号楼","address":"3号楼 2 单元 301","stationId":%d}"""
                        .formatted(CareFixture.idNumber("19390303", 905), care.compoundA, care.stationA)))
                .andExpect(status().isCreated()).andReturn()).get("id").asLong();
        mvc.perform(api(post("/api/v1/care/elders/" + elder + "/family"), Kind.STAFF_A)
                .content("{\"username\":\"" + care.users.get(Kind.RESIDENT) + "\",\"relation\":\"儿子\"}")).andExpect(status().isOk());
        String self = "self-" + prefix.toLowerCase();
        accounts.create(Actor.SYSTEM, new NewAccount(self, "赵访本人", CareFixture.PASSWORD, Role.RESIDENT, null, null, null));
        requests.linkFamily(dispatcher, elder, self, "SELF");
        selfToken = CareFixture.json(mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + self + "\",\"password\":\"" + CareFixture.PASSWORD + "\",\"label\":\"t\"}"))
                .andExpect(status().isCreated()).andReturn()).get("token").asText();
    }

    @AfterAll
    void tearDown() {
        pool.shutdownNow();
    }

    void link(long caregiver, String username) {
        jdbc.sql("update caregiver set username = :u where id = :id").param("u", username).param("id", caregiver).update();
    }

    MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Kind kind) {
        return request.header("Authorization", "Bearer " + tokens.get(kind)).contentType(MediaType.APPLICATION_JSON);
    }

    /** A request of {@code day} assigned to {@code caregiver} (the plan's or an override, whatever the ranking). */
    CareRequest assigned(LocalDate day, String from, String to, long caregiver) {
        CareRequest r = open(day, from, to);
        return dispatch.assign(dispatcher, r.id(), caregiver, r.version(), "test");
    }

    CareRequest open(LocalDate day, String from, String to) {
        return requests.file(dispatcher, new RequestForm(elder, "MEAL_DELIVERY", day, LocalTime.parse(from), LocalTime.parse(to),
                null, Priority.NORMAL));
    }

    /** A position {@code metres} east of the elder's compound. */
    static String east(double metres, Double accuracy) {
        double lon = LON + metres / (Haversine.EARTH_RADIUS_M * Math.cos(Math.toRadians(LAT))) * 180 / Math.PI;
        return "\"lon\":" + lon + ",\"lat\":" + LAT + (accuracy == null ? "" : ",\"accuracy\":" + accuracy);
    }

    JsonNode checkIn(long id, String position) throws Exception {
        return CareFixture.json(mvc.perform(api(post("/api/v1/care/visits/" + id + "/check-in"), Kind.CAREGIVER_A)
                .content("{" + position + "}")).andExpect(status().isOk()).andReturn());
    }

    JsonNode checkOut(long id, String body) throws Exception {
        return CareFixture.json(mvc.perform(api(post("/api/v1/care/visits/" + id + "/check-out"), Kind.CAREGIVER_A)
                .content("{" + body + "}")).andExpect(status().isOk()).andReturn());
    }

    long count(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    // ---- check-in and check-out ----

    @Test
    void checkInAndOutFreezeTheSixFacts() throws Exception {
        CareRequest r = assigned(today, "00:00", "23:59", caregiverIdA);
        Instant before = Instant.now().minusSeconds(1);
        JsonNode in = checkIn(r.id(), "\"version\":" + r.version() + "," + east(46, 20.0));
        assertThat(in.get("positionCheck").asText()).isEqualTo("MATCHED");
        assertThat(in.get("exceptionStatus").isNull()).isTrue();
        assertThat(in.get("checkInDistance").asDouble()).isCloseTo(46, within(0.5));
        assertThat(in.get("lateMinutes").asInt()).isZero();
        assertThat(requests.get(r.id()).status().name()).isEqualTo("IN_PROGRESS");
        Map<String, Object> row = jdbc.sql("select * from care_visit where request_id = :id").param("id", r.id()).query().singleRow();
        assertThat(row.get("service_code")).isEqualTo("MEAL_DELIVERY");
        assertThat(row.get("elder_id")).isEqualTo(elder);
        assertThat(row.get("caregiver_id")).isEqualTo(caregiverIdA);
        assertThat(row.get("day").toString()).isEqualTo(today.toString());
        assertThat(row.get("compound_id")).isEqualTo(care.compoundA);
        assertThat((Double) row.get("place_lon")).isEqualTo(LON);
        assertThat((Double) row.get("place_lat")).isEqualTo(LAT);
        Instant start = ((java.sql.Timestamp) row.get("check_in_at")).toInstant();
        assertThat(start).isBetween(before, Instant.now());
        assertThat(row.get("check_in_accuracy_m")).isEqualTo(20.0);
        // a second tap: the request is no longer assigned
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/check-in"), Kind.CAREGIVER_A).content("{}"))
                .andExpect(status().isConflict());

        JsonNode out = checkOut(r.id(), "\"outcome\":\"COMPLETED\",\"notes\":\"送餐一份，老人精神好\"," + east(10, 15.0));
        assertThat(out.get("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(out.get("notes").asText()).isEqualTo("送餐一份，老人精神好");
        assertThat(out.get("positionCheck").asText()).isEqualTo("MATCHED");
        assertThat(Instant.parse(out.get("checkOutAt").asText())).isAfterOrEqualTo(start);
        assertThat(requests.get(r.id()).status().name()).isEqualTo("DONE");
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/check-out"), Kind.CAREGIVER_A).content("{\"outcome\":\"COMPLETED\"}"))
                .andExpect(status().isConflict());
        assertThat(count("select count(*) from audit_event where target_id = cast(:id as varchar) and action in "
                + "('care.visit.checkedIn', 'care.visit.checkedOut')", String.valueOf(r.id()))).isEqualTo(2);
    }

    @Test
    void aMismatchGoesToTheQueueAndADispatcherDecides() throws Exception {
        CareRequest r = assigned(today, "00:00", "23:59", caregiverIdA);
        JsonNode in = checkIn(r.id(), east(900, 30.0));
        double expected = Haversine.metres(new LonLat(LON, LAT), new LonLat(in.get("checkInPosition").get("lon").asDouble(), LAT));
        assertThat(in.get("checkInDistance").asDouble()).isCloseTo(expected, within(1e-6)).isCloseTo(900, within(0.5));
        assertThat(in.get("positionCheck").asText()).isEqualTo("MISMATCH");
        assertThat(in.get("exceptionStatus").asText()).isEqualTo("OPEN");
        assertThat(in.get("exceptionReasons").get(0).asText()).isEqualTo("CHECK_IN_MISMATCH");
        assertThat(requests.get(r.id()).status().name()).as("never refused").isEqualTo("IN_PROGRESS");

        mvc.perform(api(get("/api/v1/care/visits/exceptions"), Kind.DISPATCHER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.requestId == " + r.id() + ")].caregiverName").value(caregiverName(caregiverIdA)));
        mvc.perform(api(get("/api/v1/care/visits/exceptions"), Kind.CAREGIVER_A)).andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/care/visits/exceptions"), Kind.STAFF_B)).andExpect(status().isForbidden());
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/reject"), Kind.DISPATCHER).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("note"));
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/accept"), Kind.DISPATCHER).content("{\"note\":\"电话确认老人已收到\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.exceptionStatus").value("ACCEPTED"))
                .andExpect(jsonPath("$.resolvedBy").value(care.users.get(Kind.DISPATCHER)));
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/accept"), Kind.DISPATCHER).content("{}"))
                .andExpect(status().isConflict());
        // a matching check-out keeps the decision; the visit's check stays the worse of the two
        JsonNode out = checkOut(r.id(), "\"outcome\":\"COMPLETED\"," + east(20, 10.0));
        assertThat(out.get("exceptionStatus").asText()).isEqualTo("ACCEPTED");
        assertThat(out.get("positionCheck").asText()).isEqualTo("MISMATCH");
        assertThat(count("select count(*) from audit_event where target_id = cast(:id as varchar) and action = 'care.visit.accepted'",
                String.valueOf(r.id()))).isEqualTo(1);

        // a check-out far away queues a visit that matched at check-in; rejected with a note
        CareRequest s = assigned(today, "00:00", "23:59", caregiverIdA);
        checkIn(s.id(), east(30, 10.0));
        JsonNode far = checkOut(s.id(), "\"outcome\":\"NOT_HOME\"," + east(2000, 10.0));
        assertThat(far.get("exceptionStatus").asText()).isEqualTo("OPEN");
        assertThat(far.get("exceptionReasons").get(0).asText()).isEqualTo("CHECK_OUT_MISMATCH");
        mvc.perform(api(post("/api/v1/care/visits/" + s.id() + "/reject"), Kind.DISPATCHER).content("{\"note\":\"位置不符且无法联系\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.exceptionStatus").value("REJECTED"))
                .andExpect(jsonPath("$.resolutionNote").value("位置不符且无法联系"));
    }

    String caregiverName(long id) {
        return jdbc.sql("select name from caregiver where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void withoutAPositionTheVisitIsQueuedNotRefused() throws Exception {
        CareRequest r = assigned(today, "00:00", "23:59", caregiverIdA);
        JsonNode in = checkIn(r.id(), "\"version\":" + r.version());
        assertThat(in.get("positionCheck").asText()).isEqualTo("NO_POSITION");
        assertThat(in.get("exceptionStatus").asText()).isEqualTo("OPEN");
        assertThat(in.get("exceptionReasons").get(0).asText()).isEqualTo("CHECK_IN_NO_POSITION");
        assertThat(in.get("checkInDistance").isNull()).isTrue();
        // check-out: the outcome is required, notes at most 1000, coordinates on the globe
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/check-out"), Kind.CAREGIVER_A).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("outcome"));
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/check-out"), Kind.CAREGIVER_A)
                        .content("{\"outcome\":\"COMPLETED\",\"notes\":\"" + "长".repeat(1001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("notes"));
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/check-out"), Kind.CAREGIVER_A)
                        .content("{\"outcome\":\"COMPLETED\",\"lon\":113.74,\"lat\":91}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("lat"));
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/check-out"), Kind.CAREGIVER_A)
                        .content("{\"outcome\":\"LEFT\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("outcome"));
        assertThat(requests.get(r.id()).status().name()).as("bad input changes nothing").isEqualTo("IN_PROGRESS");
    }

    @Test
    void onlyTheAssignedCaregiverOnTheVisitsDay() throws Exception {
        CareRequest r = assigned(today, "00:00", "23:59", caregiverIdA);
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/check-in"), Kind.CAREGIVER_B).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/check-in"), Kind.DISPATCHER).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/check-in"), Kind.RESIDENT).content("{}"))
                .andExpect(status().isForbidden());
        CareRequest later = assigned(tomorrow, "20:00", "21:00", caregiverIdA);
        mvc.perform(api(post("/api/v1/care/visits/" + later.id() + "/check-in"), Kind.CAREGIVER_A).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("day"));
        // a stale version (the page showed the request before it changed) is a conflict
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/check-in"), Kind.CAREGIVER_A)
                .content("{\"version\":" + (r.version() - 1) + "}")).andExpect(status().isConflict());
        assertThat(requests.get(r.id()).status().name()).isEqualTo("ASSIGNED");
        assertThat(count("select count(*) from care_visit where request_id in (:id)", List.of(r.id(), later.id()))).isZero();
    }

    @Test
    void aCheckInAfterTheWindowIsLate() throws Exception {
        CareRequest r = assigned(today, "00:00", "23:59", caregiverIdA);
        jdbc.sql("update care_request set window_end = '00:00' where id = :id").param("id", r.id()).update();
        JsonNode in = checkIn(r.id(), east(10, 5.0));
        Instant at = Instant.parse(in.get("checkInAt").asText());
        long seconds = Duration.between(today.atStartOfDay(RequestService.ZONE).toInstant(), at).toSeconds();
        assertThat(in.get("lateMinutes").asLong()).isEqualTo((seconds + 59) / 60); // rounded up, as the reports count it
    }

    @Test
    void twoCheckInsAtOnceOneWins() throws Exception {
        for (int round = 0; round < 6; round++) {
            CareRequest r = assigned(today, "00:00", "23:59", caregiverIdA);
            CyclicBarrier barrier = new CyclicBarrier(2);
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Callable<String> tap = () -> {
                    barrier.await();
                    try {
                        visits.checkIn(caregiverA, r.id(), r.version(), Position.NONE);
                        return "won";
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                };
                results.add(pool.submit(tap));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder("won", "conflict");
            assertThat(count("select count(*) from care_visit where request_id = :id", r.id())).isEqualTo(1);
        }
    }

    // ---- flags ----

    @Test
    void theJobRaisesLateThenMissedOnce() throws Exception {
        CareRequest open = open(tomorrow, "10:00", "11:00");
        CareRequest assigned = assigned(tomorrow, "10:00", "11:00", caregiverIdB);
        Instant windowEnd = tomorrow.atTime(11, 0).atZone(RequestService.ZONE).toInstant();

        VisitFlags.Raised early = flags.raise(windowEnd.minusSeconds(60));
        assertThat(early.late()).doesNotContain(open.id(), assigned.id());
        VisitFlags.Raised late = flags.raise(windowEnd.plusSeconds(60));
        assertThat(late.late()).contains(open.id(), assigned.id());
        assertThat(late.missed()).doesNotContain(open.id(), assigned.id());
        assertThat(flags.raise(windowEnd.plusSeconds(120)).late()).doesNotContain(open.id(), assigned.id());
        VisitFlags.Raised missed = flags.raise(windowEnd.plus(Duration.ofMinutes(61)));
        assertThat(missed.missed()).contains(open.id(), assigned.id());
        assertThat(flags.raise(windowEnd.plus(Duration.ofMinutes(90))).missed()).doesNotContain(open.id(), assigned.id());
        assertThat(count("select count(*) from care_visit_flag where request_id in (:id)", List.of(open.id(), assigned.id())))
                .isEqualTo(4);

        mvc.perform(api(get("/api/v1/care/visits/flags"), Kind.DISPATCHER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.requestId == " + open.id() + ")].kind").value(org.hamcrest.Matchers.containsInAnyOrder("LATE", "MISSED")));
        mvc.perform(api(get("/api/v1/care/visits/flags"), Kind.STAFF_B)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.requestId == " + open.id() + ")]").isEmpty());
        mvc.perform(api(post("/api/v1/care/visits/flags/" + open.id() + "/MISSED/acknowledge"), Kind.STAFF_A))
                .andExpect(status().isForbidden());
        mvc.perform(api(post("/api/v1/care/visits/flags/" + open.id() + "/MISSED/acknowledge"), Kind.DISPATCHER))
                .andExpect(status().isOk());
        mvc.perform(api(post("/api/v1/care/visits/flags/" + open.id() + "/MISSED/acknowledge"), Kind.DISPATCHER))
                .andExpect(status().isConflict());
        assertThat(count("select count(*) from audit_event where target_id = cast(:id as varchar) and action = 'care.visit.flagAcknowledged'",
                String.valueOf(open.id()))).isEqualTo(1);
    }

    // ---- family ----

    @Test
    void theFamilySeesStatusAndRatesOnce() throws Exception {
        CareRequest r = assigned(today, "00:00", "23:59", caregiverIdA);
        checkIn(r.id(), east(10, 5.0));
        mvc.perform(api(post("/api/v1/care/family/requests/" + r.id() + "/rating"), Kind.RESIDENT).content("{\"rating\":5}"))
                .andExpect(status().isConflict());
        String list = mvc.perform(api(get("/api/v1/care/family/requests"), Kind.RESIDENT)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + r.id() + ")].status").value("IN_PROGRESS"))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).as("no positions for the family").doesNotContain("\"lon\"").doesNotContain("Distance");
        checkOut(r.id(), "\"outcome\":\"COMPLETED\"," + east(10, 5.0));
        mvc.perform(api(get("/api/v1/care/family/requests/" + r.id()), Kind.RESIDENT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.caregiverName").isNotEmpty())
                .andExpect(jsonPath("$.checkInAt").isNotEmpty()).andExpect(jsonPath("$.checkOutAt").isNotEmpty())
                .andExpect(jsonPath("$.mayRate").value(true));
        mvc.perform(api(post("/api/v1/care/family/requests/" + r.id() + "/rating"), Kind.RESIDENT).content("{\"rating\":6}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("rating"));
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/rating"), Kind.CAREGIVER_A).content("{\"rating\":5}"))
                .andExpect(status().isForbidden());
        mvc.perform(api(post("/api/v1/care/family/requests/" + r.id() + "/rating"), Kind.RESIDENT)
                        .content("{\"rating\":4,\"comment\":\"准时，态度好\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rating").value(4)).andExpect(jsonPath("$.mayRate").value(false));
        mvc.perform(post("/api/v1/care/family/requests/" + r.id() + "/rating").header("Authorization", "Bearer " + selfToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":5}")).andExpect(status().isConflict());
        Map<String, Object> row = jdbc.sql("select rating, rated_by, rating_source from care_visit where request_id = :id")
                .param("id", r.id()).query().singleRow();
        assertThat(((Number) row.get("rating")).intValue()).isEqualTo(4);
        assertThat(row).containsEntry("rated_by", care.users.get(Kind.RESIDENT))
                .containsEntry("rating_source", "FAMILY");

        // the elder's own account, and a rating given by phone recorded by staff on the elder's behalf
        CareRequest s = assigned(today, "00:00", "23:59", caregiverIdA);
        checkIn(s.id(), east(10, 5.0));
        checkOut(s.id(), "\"outcome\":\"COMPLETED\"," + east(10, 5.0));
        mvc.perform(api(post("/api/v1/care/visits/" + s.id() + "/rating"), Kind.STAFF_B).content("{\"rating\":3}"))
                .andExpect(status().isNotFound());
        mvc.perform(api(post("/api/v1/care/visits/" + s.id() + "/rating"), Kind.STAFF_A).content("{\"rating\":3,\"comment\":\"电话回访\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ratingSource").value("PHONE"))
                .andExpect(jsonPath("$.ratedBy").value(care.users.get(Kind.STAFF_A)));
        CareRequest t = assigned(today, "00:00", "23:59", caregiverIdA);
        checkIn(t.id(), east(10, 5.0));
        checkOut(t.id(), "\"outcome\":\"COMPLETED\"," + east(10, 5.0));
        mvc.perform(post("/api/v1/care/family/requests/" + t.id() + "/rating").header("Authorization", "Bearer " + selfToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":5}")).andExpect(status().isOk());
        assertThat(jdbc.sql("select rating_source from care_visit where request_id = :id").param("id", t.id())
                .query(String.class).single()).isEqualTo("ELDER");
    }

    @Test
    void theFamilyPageBooksAndCancels() throws Exception {
        MockHttpSession family = care.login(mvc, Kind.RESIDENT);
        long before = count("select count(*) from care_request where elder_id = :id", elder);
        var refused = mvc.perform(post("/family/care/requests").session(family).with(csrf()).param("elderId", String.valueOf(elder))
                .param("service", "CLEANING").param("day", tomorrow.toString()).param("windowEnd", "10:00"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("problems").toString()).contains("时间窗");
        assertThat(count("select count(*) from care_request where elder_id = :id", elder)).as("bad input files nothing").isEqualTo(before);
        mvc.perform(post("/family/care/requests").session(family).with(csrf()).param("elderId", String.valueOf(elder))
                .param("service", "CLEANING").param("day", tomorrow.toString()).param("windowStart", "09:00").param("windowEnd", "10:00")
                .param("notes", "家属网上预约")).andExpect(status().is3xxRedirection());
        Map<String, Object> filed = jdbc.sql("select id, channel, version from care_request where elder_id = :id and notes = '家属网上预约'")
                .param("id", elder).query().singleRow();
        assertThat(filed.get("channel")).isEqualTo("FAMILY_ONLINE");
        long id = ((Number) filed.get("id")).longValue();
        mvc.perform(get("/family/care").session(family)).andExpect(status().isOk())
                .andExpect(content().string(containsString("request-" + id))).andExpect(content().string(containsString("赵访")));
        mvc.perform(post("/family/care/" + id + "/cancel").session(family).with(csrf())
                .param("version", String.valueOf(filed.get("version"))).param("reason", "老人住院了")).andExpect(status().is3xxRedirection());
        assertThat(requests.get(id).status().name()).isEqualTo("CANCELLED");
    }

    // ---- scope and privacy ----

    @Test
    void anotherStationsCaregiverAndAnotherCommunitysStaffSeeNothing() throws Exception {
        CareRequest r = assigned(today, "00:00", "23:59", caregiverIdA);
        checkIn(r.id(), east(10, 5.0));
        mvc.perform(api(get("/api/v1/care/visits/" + r.id()), Kind.CAREGIVER_B)).andExpect(status().isNotFound());
        mvc.perform(api(get("/api/v1/care/visits/" + r.id()), Kind.STAFF_B)).andExpect(status().isNotFound());
        mvc.perform(api(get("/api/v1/care/visits/" + r.id()), Kind.STAFF_A)).andExpect(status().isOk())
                .andExpect(jsonPath("$.elderName").value("赵访"));
        // the family reads the family API only (no positions there)
        mvc.perform(api(get("/api/v1/care/visits/" + r.id()), Kind.RESIDENT)).andExpect(status().isForbidden());
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/reveal"), Kind.CAREGIVER_B)).andExpect(status().isNotFound());
    }

    @Test
    void theCaregiversDayRevealsOneVisitAndLogsIt() throws Exception {
        CareRequest r = assigned(today, "00:00", "23:59", caregiverIdA);
        mvc.perform(api(get("/api/v1/care/visits/today"), Kind.CAREGIVER_A)).andExpect(status().isOk())
                .andExpect(jsonPath("$.stops[?(@.request.id == " + r.id() + ")].elder.address").value("%s 3号楼 ****".formatted(
                        jdbc.sql("select name from compound where id = :id").param("id", care.compoundA).query(String.class).single())))
                .andExpect(jsonPath("$.stops[?(@.request.id == " + r.id() + ")].elder.phone").value("138****6543"));
        long logged = count("select count(*) from care_access_log where elder_id = :id and channel = 'VISIT'", elder);
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/reveal"), Kind.CAREGIVER_A)).andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value("3号楼 2 单元 301")).andExpect(jsonPath("$.phone").value("13800006543"));
        assertThat(count("select count(*) from care_access_log where elder_id = :id and channel = 'VISIT'", elder)).isEqualTo(logged + 1);
        mvc.perform(api(post("/api/v1/care/visits/" + r.id() + "/reveal"), Kind.CAREGIVER_B)).andExpect(status().isNotFound());
        assertThat(count("select count(*) from care_access_log where elder_id = :id and channel = 'VISIT'", elder)).isEqualTo(logged + 1);
    }

    // ---- applying a route plan ----

    @Test
    void applyingAPlanAssignsWhatItCanAndReportsTheRest() throws Exception {
        CareRequest first = open(tomorrow, "09:00", "10:00");
        CareRequest second = open(tomorrow, "11:00", "12:00");
        CareRequest byHand = assigned(tomorrow, "13:00", "13:30", planner);
        CareRequest blocking = assigned(tomorrow, "15:50", "15:50", planner);   // books the planner 15:50–16:20
        CareRequest squeezed = open(tomorrow, "16:00", "16:10");
        jdbc.sql("delete from care_route_plan where station_id = :s and day = :d").param("s", care.stationA).param("d", tomorrow).update();
        jdbc.sql("insert into care_route_plan (station_id, day, planned_by, travel_seconds) values (:s, :d, 'test', 0)")
                .param("s", care.stationA).param("d", tomorrow).update();
        int seq = 0;
        for (CareRequest r : List.of(first, second, byHand, squeezed)) {
            jdbc.sql("""
                    insert into care_route_stop (station_id, day, caregiver_id, seq, request_id, arrival, start_at)
                    values (:s, :d, :c, :seq, :r, now(), now())""")
                    .param("s", care.stationA).param("d", tomorrow).param("c", planner).param("seq", seq++).param("r", r.id()).update();
        }
        JsonNode applied = CareFixture.json(mvc.perform(api(post("/api/v1/care/stations/" + care.stationA + "/routes/" + tomorrow + "/apply"),
                Kind.DISPATCHER)).andExpect(status().isOk()).andReturn());
        Map<Long, String> results = new java.util.HashMap<>();
        applied.forEach(a -> results.put(a.get("requestId").asLong(), a.get("result").asText()));
        assertThat(results).containsEntry(first.id(), "ASSIGNED").containsEntry(second.id(), "ASSIGNED")
                .containsEntry(byHand.id(), "SKIPPED").containsEntry(squeezed.id(), "CONFLICT").hasSize(4);
        assertThat(requests.get(first.id()).caregiverId()).isEqualTo(planner);
        assertThat(requests.get(squeezed.id()).status().name()).isEqualTo("OPEN");
        assertThat(blocking.caregiverId()).isEqualTo(planner);
        mvc.perform(api(post("/api/v1/care/stations/" + care.stationA + "/routes/" + tomorrow + "/apply"), Kind.STAFF_A))
                .andExpect(status().isForbidden());
        // the routes page's button, again: the dispatched stops are skipped, the squeezed one still collides
        MockHttpSession desk = care.login(mvc, Kind.DISPATCHER);
        var done = mvc.perform(post("/care/routes/apply").session(desk).with(csrf()).param("stationId", String.valueOf(care.stationA))
                .param("day", tomorrow.toString())).andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get("/care/routes").session(desk).param("stationId", String.valueOf(care.stationA)).param("day", tomorrow.toString())
                        .flashAttrs(done.getFlashMap())).andExpect(status().isOk())
                .andExpect(content().string(containsString("apply-SKIPPED"))).andExpect(content().string(containsString("apply-CONFLICT")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("apply-ASSIGNED"))));
    }

    // ---- the pages ----

    @Test
    void theDispatchCentersPagesShowTheQueueTheFlagsAndTheVisit() throws Exception {
        CareRequest r = assigned(today, "00:00", "23:59", caregiverIdA);
        MockHttpSession phone = care.login(mvc, Kind.CAREGIVER_A);
        mvc.perform(post("/care/my-day/" + r.id() + "/check-in").session(phone).with(csrf())
                        .param("version", String.valueOf(r.version())).param("lon", "").param("lat", "").param("accuracy", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/care/my-day/" + r.id() + "/check-out").session(phone).with(csrf())
                        .param("outcome", "REFUSED").param("notes", "老人今天不想洗澡"))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.get(r.id()).status().name()).isEqualTo("DONE");
        MockHttpSession desk = care.login(mvc, Kind.DISPATCHER);
        mvc.perform(get("/care/visits/summary").session(desk)).andExpect(status().isOk())
                .andExpect(content().string(containsString("待核查 " + visits.openExceptions())));
        mvc.perform(get("/care/visits/exceptions").session(desk)).andExpect(status().isOk())
                .andExpect(content().string(containsString("exception-" + r.id())))
                .andExpect(content().string(containsString("签到无定位")));
        mvc.perform(get("/care/visits/flags").session(desk)).andExpect(status().isOk());
        mvc.perform(get("/care/visits/" + r.id() + "/panel").session(desk)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        jdbc.sql("select name from compound where id = :id").param("id", care.compoundA).query(String.class).single())))
                .andExpect(content().string(containsString("老人今天不想洗澡")))
                .andExpect(content().string(containsString("老人拒绝服务")));
        mvc.perform(post("/care/visits/" + r.id() + "/rating").session(desk).with(csrf()).param("rating", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/care/visits/exceptions/" + r.id() + "/reject").session(desk).with(csrf()).param("note", "未到场"))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> row = jdbc.sql("select rating, rating_source, exception_status from care_visit where request_id = :id")
                .param("id", r.id()).query().singleRow();
        assertThat(((Number) row.get("rating")).intValue()).isEqualTo(2);
        assertThat(row.get("rating_source")).isEqualTo("PHONE");
        assertThat(row.get("exception_status")).isEqualTo("REJECTED");
        // the caregiver's page is theirs: the dispatcher gets a refusal, a caregiver without a record a hint
        mvc.perform(get("/care/my-day").session(desk)).andExpect(status().isForbidden());
        jdbc.sql("update caregiver set username = null where id = :id").param("id", caregiverIdB).update();
        try {
            mvc.perform(get("/care/my-day").session(care.login(mvc, Kind.CAREGIVER_B))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("还没有关联到护理员档案")));
        } finally {
            link(caregiverIdB, care.users.get(Kind.CAREGIVER_B));
        }
    }

    @Test
    void oneCheckInCannotBeForged() {
        assertThatThrownBy(() -> visits.checkIn(dispatcher, 1L, null, Position.NONE))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
