package org.lifecircle.care.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

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
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A station's day planned, stored, re-planned after a new request and after a caregiver drops out, through the service. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesIT {

    static final Duration LIMIT = Duration.ofSeconds(1);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired RequestService requests;
    @Autowired DispatchService dispatch;
    @Autowired RoutePlanner planner;
    @Autowired org.lifecircle.network.Walking walking;

    CareFixture care;
    Actor dispatcher;
    long station;
    final List<Long> elders = new ArrayList<>();
    long walker;
    long rider;
    final LocalDate day = LocalDate.now(RequestService.ZONE).plusDays(200);

    @BeforeAll
    void setUp() throws Exception {
        String prefix = "RTE" + System.nanoTime() % 1_000_000;
        care = new CareFixture(jdbc, accounts, prefix);
        dispatcher = new Actor(care.users.get(Kind.DISPATCHER), Role.CARE_DISPATCHER, null, null);
        station = DispatchFixture.station(jdbc, care.places.communityA, prefix + "站", 40);
        String token = care.token(mvc, Kind.STAFF_A);
        for (int i = 0; i < 3; i++) {
            long compound = DispatchFixture.compound(jdbc, care.places.communityA, prefix + "小区" + i, 38 + 2 * i);
            elders.add(CareFixture.json(mvc.perform(post("/api/v1/care/elders").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"name":"路线%d","idNumber":"%s","phone":"1380000%04d","compoundId":%d,"building":"1号楼","address":"1号楼1","stationId":%d}"""
                            .formatted(i, CareFixture.idNumber("19400303", 911 + 2 * i), 7000 + i, compound, station)))
                    .andExpect(status().isCreated()).andReturn()).get("id").asLong());
        }
        walker = DispatchFixture.caregiver(jdbc, station, "步行员", "WALK", "Mo-Su 08:00-17:00", null, "MEAL_DELIVERY", "CLEANING");
        rider = DispatchFixture.caregiver(jdbc, station, "骑行员", "E_BIKE", "Mo-Su 08:00-17:00", null, "MEAL_DELIVERY", "CLEANING");
    }

    CareRequest file(int elder, String service, String from, String to) {
        return requests.file(dispatcher, new RequestForm(elders.get(elder), service, day, LocalTime.parse(from), LocalTime.parse(to),
                null, Priority.NORMAL));
    }

    @Test
    void aDayIsPlannedStoredAndReplanned() throws Exception {
        List<CareRequest> filed = new ArrayList<>(List.of(
                file(0, "MEAL_DELIVERY", "11:00", "12:00"), file(1, "MEAL_DELIVERY", "11:00", "12:00"),
                file(2, "MEAL_DELIVERY", "11:30", "12:30"), file(0, "CLEANING", "08:30", "10:00"),
                file(1, "CLEANING", "09:00", "11:00"), file(2, "CLEANING", "14:00", "16:00")));
        // one is already the rider's: the plan keeps it with the rider
        dispatch.assign(dispatcher, filed.get(5).id(), rider, null, "固定给骑行员");

        DayPlan plan = planner.plan(dispatcher.username(), station, day, LIMIT);
        assertPlanned(plan, filed);
        assertThat(routeOf(plan, filed.get(5).id())).isEqualTo(rider);
        assertThat(planner.current(dispatcher, station, day)).contains(plan);

        // a request added: the plan is stale until re-planned, then holds it too
        filed.add(file(2, "MEAL_DELIVERY", "16:00", "16:30"));
        assertThat(planner.current(dispatcher, station, day).orElseThrow().stale()).isTrue();
        DayPlan again = planner.plan(dispatcher.username(), station, day, LIMIT);
        assertThat(again.stale()).isFalse();
        assertPlanned(again, filed);

        // the walker drops out: the day goes to the rider alone (or is left out where it cannot be made)
        dispatch.dropOut(dispatcher, walker, day, "生病");
        assertThat(planner.current(dispatcher, station, day).orElseThrow().stale()).isTrue();
        DayPlan without = planner.plan(dispatcher.username(), station, day, LIMIT);
        assertThat(without.routes()).extracting(DayPlan.Route::caregiverId).doesNotContain(walker);
        List<Long> placed = new ArrayList<>(without.dropped());
        without.routes().forEach(r -> r.stops().forEach(s -> placed.add(s.requestId())));
        assertThat(placed).containsExactlyInAnyOrderElementsOf(filed.stream().map(CareRequest::id).toList());
        assertThat(routeOf(without, filed.get(5).id())).isEqualTo(rider);
    }

    @Test
    void plansAreTheDispatchCentersAndVisibleInScope() throws Exception {
        mvc.perform(get("/api/v1/care/stations/" + station + "/routes/" + day.plusDays(1))
                .header("Authorization", "Bearer " + care.token(mvc, Kind.STAFF_A))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/care/stations/" + station + "/routes/" + day)
                .header("Authorization", "Bearer " + care.token(mvc, Kind.STAFF_B))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/care/stations/" + station + "/routes/" + day)
                .header("Authorization", "Bearer " + care.token(mvc, Kind.STAFF_A))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> planner.plan(new Actor("x", Role.CAREGIVER, null, null, station), station, day))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        mvc.perform(post("/api/v1/care/stations/" + station + "/routes/" + day.plusDays(2))
                        .header("Authorization", "Bearer " + care.token(mvc, Kind.DISPATCHER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stationId").value(station));
        // the page, in both languages, before and after planning
        org.springframework.mock.web.MockHttpSession session = care.login(mvc, Kind.DISPATCHER);
        for (String language : List.of("zh-CN", "en")) {
            String html = mvc.perform(get("/care/routes").param("stationId", String.valueOf(station)).param("day", day.plusDays(3).toString())
                    .session(session).header("Accept-Language", language)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain("??");
        }
        mvc.perform(post("/care/routes").param("stationId", String.valueOf(station)).param("day", day.plusDays(3).toString())
                .session(session).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        for (String language : List.of("zh-CN", "en")) {
            String html = mvc.perform(get("/care/routes").param("stationId", String.valueOf(station)).param("day", day.plusDays(3).toString())
                    .session(session).header("Accept-Language", language)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain("??").contains(language.equals("en") ? "Re-plan" : "重新规划");
        }
    }

    /**
     * A station's day on the street network itself (the demo network's nodes, so nothing is estimated): what the app
     * adds to the engine's work, the two travel matrices, is logged next to the solver's time (docs/BENCHMARKS.md).
     */
    @Test
    void aDayOnTheStreetNetwork() throws Exception {
        org.lifecircle.engine.network.WalkNetwork net = walking.snapper().network();
        String prefix = "NET" + System.nanoTime() % 1_000_000;
        int centre = net.nodeCount() / 2;
        long onNetwork = stationAt(prefix, net.lon(centre), net.lat(centre));
        String token = care.token(mvc, Kind.STAFF_A);
        java.util.Random random = new java.util.Random(7);
        List<Long> ids = new ArrayList<>();
        LocalDate netDay = day.plusDays(10);
        for (int i = 0; i < 20; i++) {
            int node = random.nextInt(net.nodeCount());
            long compound = compoundAt(prefix + "小区" + i, net.lon(node), net.lat(node));
            long elder = CareFixture.json(mvc.perform(post("/api/v1/care/elders").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"name":"路网%d","idNumber":"%s","compoundId":%d,"building":"1号楼","address":"1号楼1","stationId":%d}"""
                            .formatted(i, CareFixture.idNumber("19450505", 101 + i), compound, onNetwork)))
                    .andExpect(status().isCreated()).andReturn()).get("id").asLong();
            for (String window : List.of("08:00-12:00", "13:00-16:30")) {
                ids.add(requests.file(dispatcher, new RequestForm(elder, "MEAL_DELIVERY", netDay, LocalTime.parse(window.substring(0, 5)),
                        LocalTime.parse(window.substring(6)), null, Priority.NORMAL)).id());
            }
        }
        for (int k = 0; k < 6; k++) {
            DispatchFixture.caregiver(jdbc, onNetwork, "路网员" + k, k % 3 == 0 ? "WALK" : "E_BIKE", "Mo-Su 08:00-17:00", null, "MEAL_DELIVERY");
        }
        DayPlan plan = planner.plan(dispatcher.username(), onNetwork, netDay, Duration.ofSeconds(2));
        List<Long> placed = new ArrayList<>(plan.dropped());
        plan.routes().forEach(r -> r.stops().forEach(stop -> placed.add(stop.requestId())));
        assertThat(placed).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(plan.routes()).isNotEmpty();
    }

    private long stationAt(String name, double lon, double lat) {
        return jdbc.sql("""
                        insert into care_station (community_id, name, name_sort, name_initials, lon, lat, source_lon, source_lat,
                            source_crs, day_care_capacity, opening_hours, services)
                        values (:c, :n, :n, :n, :lon, :lat, :lon, :lat, 'WGS84', 10, '24/7', '{MEAL_DELIVERY}') returning id""")
                .param("c", care.places.communityA).param("n", name).param("lon", lon).param("lat", lat).query(Long.class).single();
    }

    private long compoundAt(String name, double lon, double lat) {
        return jdbc.sql("""
                        insert into compound (community_id, name, name_sort, name_initials, households, lon, lat,
                            source_lon, source_lat, source_crs)
                        values (:c, :n, :n, :n, 300, :lon, :lat, :lon, :lat, 'WGS84') returning id""")
                .param("c", care.places.communityA).param("n", name).param("lon", lon).param("lat", lat).query(Long.class).single();
    }

    private static void assertPlanned(DayPlan plan, List<CareRequest> filed) {
        assertThat(plan.dropped()).isEmpty();
        List<Long> placed = new ArrayList<>();
        for (DayPlan.Route route : plan.routes()) {
            LocalTime free = LocalTime.MIN;
            for (DayPlan.Stop stop : route.stops()) {
                placed.add(stop.requestId());
                assertThat(stop.start()).isBetween(stop.windowStart(), stop.windowEnd());
                assertThat(stop.start()).isAfterOrEqualTo(stop.arrival());
                assertThat(stop.arrival()).isAfterOrEqualTo(free);
                free = stop.start().plusMinutes(stop.durationMinutes());
            }
        }
        assertThat(placed).containsExactlyInAnyOrderElementsOf(filed.stream().map(CareRequest::id).toList());
    }

    private static long routeOf(DayPlan plan, long request) {
        return plan.routes().stream().filter(r -> r.stops().stream().anyMatch(s -> s.requestId() == request))
                .findFirst().orElseThrow().caregiverId();
    }
}
