package org.lifecircle.care.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lifecircle.IntegrationTest;
import org.lifecircle.care.CareFixture;
import org.lifecircle.care.CareFixture.Kind;
import org.lifecircle.care.dispatch.DispatchFixture;
import org.lifecircle.care.report.CareHistory.PastRequest;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.engine.access.PairTimes;
import org.lifecircle.engine.network.EarthDistance;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.identity.AccountService;
import org.lifecircle.network.Walking;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Reports on seeded history with known figures: ten requests of one week in community A (completed, late, early, not
 * home, missed with and without a flag, cancelled, three emergencies, a rejected and an accepted mismatch, one still in
 * progress, two ratings) and one in community B; the exact counts, rates, medians and percentiles, emergency times and
 * workload hours; the XLSX read back; the scope refusals; the page in both languages; coverage on the demo street
 * network with a station whose reach is known.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareReportsIT {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final LocalDate SUNDAY = MONDAY.plusDays(6);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired CareHistory history;
    @Autowired Walking walking;

    CareFixture care;
    long e1;
    long e2;
    long c1;
    long c2;

    @BeforeAll
    void seed() throws Exception {
        String prefix = "REP" + System.nanoTime() % 1_000_000;
        care = new CareFixture(jdbc, accounts, prefix);
        e1 = elder(Kind.STAFF_A, care.compoundA, care.stationA, "报表甲", 601);
        e2 = elder(Kind.STAFF_A, care.compoundA, care.stationA, "报表乙", 603);
        long eB = elder(Kind.STAFF_B, care.compoundB, care.stationB, "报表丙", 605);
        c1 = DispatchFixture.caregiver(jdbc, care.stationA, "报表员一", "WALK", "Mo-Fr 08:00-12:00", null, "MEAL_DELIVERY");
        c2 = DispatchFixture.caregiver(jdbc, care.stationA, "报表员二", "E_BIKE", "Mo-Su 08:00-17:00", null, "MEAL_DELIVERY");
        long cB = DispatchFixture.caregiver(jdbc, care.stationB, "报表员三", "WALK", "Mo-Fr 08:00-17:00", null, "MEAL_DELIVERY");
        jdbc.sql("insert into caregiver_absence (caregiver_id, day, reason, recorded_by) values (:c, :d, '病假', 'test')")
                .param("c", c1).param("d", MONDAY.plusDays(2)).update();

        LocalDate tue = MONDAY.plusDays(1);
        LocalDate thu = MONDAY.plusDays(3);
        LocalDate fri = MONDAY.plusDays(4);
        LocalDate sat = MONDAY.plusDays(5);
        List<PastRequest> week = new ArrayList<>();
        // R1 on time, matched, rated 5
        week.add(visit(e1, "MEAL_DELIVERY", MONDAY, "09:00", "10:00", false, "DISPATCHER_PHONE", c1, "09:10", "09:40",
                "MATCHED", null, "COMPLETED", 5, List.of()));
        // R2 10 minutes late (flagged), rated 4
        week.add(visit(e1, "MEAL_DELIVERY", MONDAY, "10:00", "11:00", false, "FAMILY_ONLINE", c1, "11:10", "11:40",
                "MATCHED", null, "COMPLETED", 4, List.of("LATE")));
        // R3 30 minutes late (flagged), a mismatch the dispatcher accepted
        week.add(visit(e2, "MEAL_DELIVERY", tue, "09:00", "10:00", false, "COMMUNITY_STAFF", c1, "10:30", "11:00",
                "MISMATCH", "ACCEPTED", "COMPLETED", null, List.of("LATE")));
        // R4 early, no position (exception open), nobody home
        week.add(visit(e2, "MEAL_DELIVERY", tue, "14:00", "15:00", false, "DISPATCHER_PHONE", c2, "13:50", "14:20",
                "NO_POSITION", "OPEN", "NOT_HOME", null, List.of()));
        // R5 assigned, never checked in, flagged MISSED
        week.add(visit(e1, "MEAL_DELIVERY", thu, "09:00", "10:00", false, "DISPATCHER_PHONE", c1, null, null, null, null, null,
                null, List.of("MISSED")));
        // R6 never assigned, the window long over: missed without a flag
        week.add(visit(e2, "MEAL_DELIVERY", thu, "09:00", "10:00", false, "FAMILY_ONLINE", null, null, null, null, null, null,
                null, List.of()));
        // R7 cancelled
        week.add(new PastRequest(e1, "MEAL_DELIVERY", fri, LocalTime.of(9, 0), LocalTime.of(10, 0), false, "DISPATCHER_PHONE",
                at(thu, "12:00"), true, null, null, null, null, null, null, null, null, List.of()));
        // R8 emergency: filed 15:00, assigned after 4 min, arrived after 20
        week.add(emergency(e2, fri, "15:00", 4, c2, "15:20", "15:50", "MATCHED", null));
        // R9 emergency: assigned after 10 min, arrived after 40 (10 late), the visit rejected in the exception queue
        week.add(emergency(e1, sat, "10:00", 10, c1, "10:40", "11:00", "MISMATCH", "REJECTED"));
        // R10 emergency: assigned after 2 min, arrived after 15, not checked out
        week.add(emergency(e2, sat, "16:00", 2, c2, "16:15", null, "MATCHED", null));
        // community B: one completed visit, in no figure of A
        week.add(visit(eB, "MEAL_DELIVERY", MONDAY, "09:00", "10:00", false, "DISPATCHER_PHONE", cB, "09:05", "09:35",
                "MATCHED", null, "COMPLETED", 3, List.of()));
        history.write("report-test", week);
    }

    PastRequest visit(long elder, String service, LocalDate day, String from, String to, boolean emergency, String channel,
                      Long caregiver, String in, String out, String check, String exception, String outcome, Integer rating,
                      List<String> flags) {
        return new PastRequest(elder, service, day, LocalTime.parse(from), LocalTime.parse(to), emergency, channel,
                at(day.minusDays(1), "16:00"), false, caregiver, caregiver == null ? null : at(day.minusDays(1), "17:00"),
                in == null ? null : at(day, in), out == null ? null : at(day, out), check, exception, outcome, rating, flags);
    }

    PastRequest emergency(long elder, LocalDate day, String filed, int assignAfter, long caregiver, String in, String out,
                          String check, String exception) {
        Instant created = at(day, filed);
        LocalTime start = LocalTime.parse(filed);
        return new PastRequest(elder, "EMERGENCY_VISIT", day, start, start.plusMinutes(30), true, "DISPATCHER_PHONE", created,
                false, caregiver, created.plusSeconds(60L * assignAfter), at(day, in), out == null ? null : at(day, out), check,
                exception, out == null ? null : "COMPLETED", null, List.of());
    }

    static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(RequestService.ZONE).toInstant();
    }

    long elder(Kind staff, long compound, long station, String name, int serial) throws Exception {
        return CareFixture.json(mvc.perform(post("/api/v1/care/elders").header("Authorization", "Bearer " + care.token(mvc, staff))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"%s","idNumber":"%s","compoundId":%d,"building":"1号楼","address":"1号楼1","stationId":%d}"""
                        .formatted(name, CareFixture.idNumber("19371121", serial), compound, station)))
                .andExpect(status().isCreated()).andReturn()).get("id").asLong();
    }

    MockHttpServletRequestBuilder api(String path, Kind kind) throws Exception {
        return get(path).header("Authorization", "Bearer " + care.token(mvc, kind));
    }

    JsonNode reportA(Kind kind) throws Exception {
        return CareFixture.json(mvc.perform(api("/api/v1/care/reports", kind).param("from", MONDAY.toString())
                .param("to", SUNDAY.toString()).param("communityId", String.valueOf(care.places.communityA)))
                .andExpect(status().isOk()).andReturn());
    }

    @Test
    void figuresOfTheWeek() throws Exception {
        JsonNode r = reportA(Kind.DISPATCHER);
        assertThat(r.at("/scope/level").asText()).isEqualTo("COMMUNITY");
        JsonNode total = r.get("total");
        // the station's row and the community's row are the same requests here
        JsonNode station = r.get("stations").get(0);
        assertThat(station.at("/place/id").asLong()).isEqualTo(care.stationA);
        assertThat(station.get("completion")).isEqualTo(total.get("completion"));
        assertThat(r.get("communities").get(0).get("punctuality")).isEqualTo(total.get("punctuality"));

        JsonNode q = total.get("requests");
        assertThat(q.get("total").asLong()).isEqualTo(10);
        assertThat(q.get("cancelled").asLong()).isEqualTo(1);
        assertThat(q.get("normal").asLong()).isEqualTo(7);
        assertThat(q.get("emergency").asLong()).isEqualTo(3);
        assertThat(q.at("/byChannel/DISPATCHER_PHONE").asLong()).isEqualTo(7);
        assertThat(q.at("/byChannel/FAMILY_ONLINE").asLong()).isEqualTo(2);
        assertThat(q.at("/byChannel/COMMUNITY_STAFF").asLong()).isEqualTo(1);
        assertThat(q.at("/byService/MEAL_DELIVERY").asLong()).isEqualTo(7);
        assertThat(q.at("/byService/EMERGENCY_VISIT").asLong()).isEqualTo(3);

        JsonNode c = total.get("completion");
        assertThat(c.get("due").asLong()).isEqualTo(9);
        assertThat(c.get("completed").asLong()).isEqualTo(4);
        assertThat(c.get("notHome").asLong()).isEqualTo(1);
        assertThat(c.get("rejected").asLong()).isEqualTo(1);
        assertThat(c.get("missed").asLong()).isEqualTo(2);
        assertThat(c.get("inProgress").asLong()).isEqualTo(1);
        assertThat(c.get("pending").asLong()).isZero();
        assertThat(c.get("rate").asDouble()).isEqualTo(0.5);

        JsonNode p = total.get("punctuality");
        assertThat(p.get("checkedIn").asLong()).isEqualTo(7);
        assertThat(p.get("early").asLong()).isEqualTo(1);
        assertThat(p.get("onTime").asLong()).isEqualTo(3);
        assertThat(p.get("late").asLong()).isEqualTo(3);
        assertThat(p.get("onTimeRate").asDouble()).isCloseTo(3.0 / 7, within(1e-9));
        assertThat(p.get("lateMedianMinutes").asDouble()).isCloseTo(10, within(1e-9));
        assertThat(p.get("lateP90Minutes").asDouble()).isCloseTo(26, within(1e-9)); // 10 + 0.8 × (30 − 10)
        assertThat(p.get("lateFlags").asLong()).isEqualTo(2);
        assertThat(p.get("missedFlags").asLong()).isEqualTo(1);

        JsonNode v = total.get("verification");
        assertThat(v.get("visits").asLong()).isEqualTo(7);
        assertThat(v.get("matched").asLong()).isEqualTo(4);
        assertThat(v.get("mismatch").asLong()).isEqualTo(2);
        assertThat(v.get("noPosition").asLong()).isEqualTo(1);
        assertThat(v.get("exceptionsOpen").asLong()).isEqualTo(1);
        assertThat(v.get("exceptionsAccepted").asLong()).isEqualTo(1);
        assertThat(v.get("exceptionsRejected").asLong()).isEqualTo(1);

        JsonNode e = total.get("emergencies");
        assertThat(e.get("count").asLong()).isEqualTo(3);
        assertThat(e.at("/toAssignment/count").asLong()).isEqualTo(3);
        assertThat(e.at("/toAssignment/median").asDouble()).isCloseTo(4, within(1e-9));
        assertThat(e.at("/toAssignment/p90").asDouble()).isCloseTo(8.8, within(1e-9)); // 4 + 0.8 × (10 − 4)
        assertThat(e.at("/toAssignment/max").asDouble()).isCloseTo(10, within(1e-9));
        assertThat(e.at("/toArrival/median").asDouble()).isCloseTo(20, within(1e-9));
        assertThat(e.at("/toArrival/p90").asDouble()).isCloseTo(36, within(1e-9)); // 20 + 0.8 × (40 − 20)
        assertThat(e.at("/toArrival/max").asDouble()).isCloseTo(40, within(1e-9));

        assertThat(total.at("/ratings/count").asLong()).isEqualTo(2);
        assertThat(total.at("/ratings/average").asDouble()).isCloseTo(4.5, within(1e-9));

        JsonNode monday = r.get("days").get(0);
        assertThat(r.get("days")).hasSize(7);
        assertThat(monday.get("day").asText()).isEqualTo(MONDAY.toString());
        assertThat(monday.get("requests").asLong()).isEqualTo(2);
        assertThat(monday.get("completed").asLong()).isEqualTo(2);
        assertThat(monday.get("late").asLong()).isEqualTo(1);
        assertThat(r.get("days").get(5).get("emergencies").asLong()).isEqualTo(2);
    }

    @Test
    void workloadOfTheCaregivers() throws Exception {
        JsonNode r = reportA(Kind.ADMIN);
        JsonNode one = caregiver(r, c1);
        assertThat(one.get("visits").asLong()).isEqualTo(4);
        assertThat(one.get("visitHours").asDouble()).isCloseTo(110 / 60.0, within(1e-9)); // 30 + 30 + 30 + 20 minutes
        assertThat(one.get("bookedHours").asDouble()).isCloseTo(2.75, within(1e-9));   // 4 meals × 30 + one emergency 45
        assertThat(one.get("workingHours").asDouble()).isCloseTo(16, within(1e-9));    // Mo-Fr 4 h, absent Wednesday
        assertThat(one.get("visitShare").asDouble()).isCloseTo(110 / 60.0 / 16, within(1e-9));
        assertThat(one.at("/ratings/count").asLong()).isEqualTo(2);
        assertThat(one.at("/ratings/average").asDouble()).isCloseTo(4.5, within(1e-9));
        JsonNode two = caregiver(r, c2);
        assertThat(two.get("visits").asLong()).isEqualTo(2);
        assertThat(two.get("completed").asLong()).isEqualTo(1);
        assertThat(two.get("visitHours").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(two.get("bookedHours").asDouble()).isCloseTo(2.0, within(1e-9));
        assertThat(two.get("workingHours").asDouble()).isCloseTo(63, within(1e-9));     // Mo-Su 9 h
        assertThat(two.at("/ratings/count").asLong()).isZero();
        assertThat(r.get("caregivers")).hasSize(2); // community B's caregiver is not in A's report
    }

    private static JsonNode caregiver(JsonNode report, long id) {
        for (JsonNode w : report.get("caregivers")) {
            if (w.get("caregiverId").asLong() == id) {
                return w;
            }
        }
        throw new AssertionError("caregiver " + id + " not in the report");
    }

    @Test
    void scope() throws Exception {
        String a = String.valueOf(care.places.communityA);
        String b = String.valueOf(care.places.communityB);
        // community staff: their own community by default, its station; another community or station refused
        mvc.perform(api("/api/v1/care/reports", Kind.STAFF_A).param("from", MONDAY.toString()).param("to", SUNDAY.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scope.level").value("COMMUNITY"))
                .andExpect(jsonPath("$.scope.id").value(care.places.communityA))
                .andExpect(jsonPath("$.total.requests.total").value(10));
        mvc.perform(api("/api/v1/care/reports", Kind.STAFF_A).param("stationId", String.valueOf(care.stationA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scope.level").value("STATION"));
        mvc.perform(api("/api/v1/care/reports", Kind.STAFF_A).param("communityId", b)).andExpect(status().isForbidden());
        mvc.perform(api("/api/v1/care/reports", Kind.STAFF_A).param("stationId", String.valueOf(care.stationB)))
                .andExpect(status().isForbidden());
        mvc.perform(api("/api/v1/care/reports.xlsx", Kind.STAFF_B).param("communityId", a)).andExpect(status().isForbidden());
        mvc.perform(api("/api/v1/care/reports", Kind.STAFF_A).param("stationId", "999999999")).andExpect(status().isNotFound());
        mvc.perform(api("/api/v1/care/reports", Kind.DISPATCHER).param("communityId", "999999999")).andExpect(status().isNotFound());
        // a station and a community that do not go together
        mvc.perform(api("/api/v1/care/reports", Kind.DISPATCHER).param("stationId", String.valueOf(care.stationA))
                .param("communityId", b)).andExpect(status().isForbidden());
        // the dispatch center and the district: any community
        mvc.perform(api("/api/v1/care/reports", Kind.DISPATCHER).param("communityId", b).param("from", MONDAY.toString())
                        .param("to", SUNDAY.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total.requests.total").value(1));
        mvc.perform(api("/api/v1/care/reports", Kind.ADMIN).param("stationId", String.valueOf(care.stationB)))
                .andExpect(status().isOk());
        // caregivers and the roles outside care
        for (Kind refused : List.of(Kind.CAREGIVER_A, Kind.PLANNER, Kind.OPERATOR, Kind.RESIDENT)) {
            mvc.perform(api("/api/v1/care/reports", refused)).andExpect(status().isForbidden());
            mvc.perform(api("/api/v1/care/reports.xlsx", refused)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/care/reports")).andExpect(status().isUnauthorized());
        MockHttpSession caregiver = care.login(mvc, Kind.CAREGIVER_A);
        mvc.perform(get("/care/reports").session(caregiver)).andExpect(status().isForbidden());
    }

    @Test
    void aBadPeriodNamesTheField() throws Exception {
        mvc.perform(api("/api/v1/care/reports", Kind.DISPATCHER).header("Accept-Language", "en")
                        .param("from", SUNDAY.toString()).param("to", MONDAY.toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("to"));
        mvc.perform(api("/api/v1/care/reports", Kind.DISPATCHER).param("from", "2024-01-01").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(api("/api/v1/care/reports", Kind.DISPATCHER).param("from", "yesterday")).andExpect(status().isBadRequest());
    }

    @Test
    void theWorkbookReadBack() throws Exception {
        for (String language : List.of("zh-CN", "en")) {
            byte[] body = mvc.perform(api("/api/v1/care/reports.xlsx", Kind.STAFF_A).header("Accept-Language", language)
                            .param("from", MONDAY.toString()).param("to", SUNDAY.toString()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            boolean zh = language.startsWith("zh");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                assertThat(book.getSheetAt(0).getSheetName()).isEqualTo(zh ? "概览" : "Overview");
                Sheet overview = book.getSheetAt(0);
                assertThat(cellText(overview, zh ? "开始日期" : "From")).isEqualTo(MONDAY.toString());
                assertThat(cellText(overview, zh ? "结束日期" : "To")).isEqualTo(SUNDAY.toString());
                assertThat(cellText(overview, zh ? "生成时间" : "Generated at")).contains("Asia/Shanghai");
                Sheet completion = book.getSheet(zh ? "完成情况" : "Completion");
                Row head = completion.getRow(0);
                assertThat(head.getCell(4).getStringCellValue()).isEqualTo(zh ? "已完成" : "Completed");
                Row total = completion.getRow(completion.getLastRowNum());
                assertThat(total.getCell(1).getStringCellValue()).isEqualTo(zh ? "合计" : "Total");
                assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(9);  // due
                assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(4);  // completed
                assertThat(total.getCell(12).getNumericCellValue()).isEqualTo(0.5); // rate
                Sheet emergencies = book.getSheet(zh ? "紧急响应与评价" : "Emergencies and ratings");
                Row em = emergencies.getRow(emergencies.getLastRowNum());
                assertThat(em.getCell(3).getNumericCellValue()).isEqualTo(3);
                assertThat(em.getCell(11).getNumericCellValue()).isCloseTo(36, within(1e-9)); // arrival p90
                Sheet workload = book.getSheet(zh ? "护理员工作量" : "Caregiver workload");
                assertThat(workload.getLastRowNum()).isEqualTo(2);
                assertThat(book.getSheet(zh ? "15分钟覆盖" : "15-minute coverage")).isNotNull();
                assertThat(book.getSheet(zh ? "每日" : "Days").getLastRowNum()).isEqualTo(7);
            }
        }
    }

    private static String cellText(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void thePageInBothLanguages() throws Exception {
        MockHttpSession session = care.login(mvc, Kind.STAFF_A);
        for (String language : List.of("zh-CN", "en")) {
            String page = mvc.perform(get("/care/reports").session(session).header("Accept-Language", language)
                            .param("from", MONDAY.toString()).param("to", SUNDAY.toString()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(language).doesNotContain("??").contains("echarts.min.js").contains("id=\"chart-days\"")
                    .contains("id=\"care-report-data\"").contains("50.0%").contains("报表员一")
                    .contains(language.startsWith("zh") ? "完成率" : "Completion rate")
                    .contains(language.startsWith("zh") ? "老年人步速" : "elderly walking speed");
            assertThat(page).doesNotContain("报表甲"); // no elder is named
        }
        String bad = mvc.perform(get("/care/reports").session(session).header("Accept-Language", "en")
                        .param("from", SUNDAY.toString()).param("to", MONDAY.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("To: must not be before the start");
    }

    /**
     * A station on the demo street network, elders in two compounds within its reach (one at the station, one a
     * street away, under 10 minutes at 0.9 m/s), in one more than 1 km from every station (no walk of 15 minutes
     * at 0.9 m/s reaches it) and in one off the network.
     */
    @Test
    void coverageOnTheStreetNetwork() throws Exception {
        String prefix = "COV" + System.nanoTime() % 1_000_000;
        CareFixture place = new CareFixture(jdbc, accounts, prefix);
        WalkNetwork net = walking.snapper().network();
        List<double[]> stations = jdbc.sql("select lat, lon from care_station").query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).list();
        int home = -1;
        int far = -1;
        for (int node = 0; node < net.nodeCount() && (home < 0 || far < 0); node += 7) {
            double nearest = nearestStation(stations, net.lat(node), net.lon(node));
            if (home < 0 && nearest > 2500) {
                home = node;
            } else if (home >= 0 && far < 0 && nearest > 1000
                    && EarthDistance.metres(net.lat(home), net.lon(home), net.lat(node), net.lon(node)) > 1000) {
                far = node;
            }
        }
        assertThat(home).as("a node far from every station").isNotNegative();
        assertThat(far).as("a second such node").isNotNegative();
        long station = jdbc.sql("""
                        insert into care_station (community_id, name, name_sort, name_initials, lon, lat, source_lon, source_lat,
                            source_crs, day_care_capacity, opening_hours, services)
                        values (:c, :n, :n, :n, :lon, :lat, :lon, :lat, 'WGS84', 10, '24/7', '{MEAL_DELIVERY}') returning id""")
                .param("c", place.places.communityA).param("n", prefix + "路网站").param("lon", net.lon(home)).param("lat", net.lat(home))
                .query(Long.class).single();
        int near = nodeWithin(home, 600);
        long atStation = compoundAt(place, prefix + "站旁小区", net.lon(home), net.lat(home));
        long nearby = compoundAt(place, prefix + "近小区", net.lon(near), net.lat(near));
        long distant = compoundAt(place, prefix + "远小区", net.lon(far), net.lat(far));
        long offNetwork = compoundAt(place, prefix + "路网外小区", 113.20, 34.20);
        String token = place.token(mvc, Kind.STAFF_A);
        long[] compounds = {atStation, atStation, nearby, distant, offNetwork};
        long severe = 0;
        for (int i = 0; i < compounds.length; i++) {
            long id = CareFixture.json(mvc.perform(post("/api/v1/care/elders").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"name":"覆盖%d","idNumber":"%s","compoundId":%d,"building":"1号楼","address":"1号楼1","stationId":%d}"""
                            .formatted(i, CareFixture.idNumber("19361111", 701 + 2 * i), compounds[i], station)))
                    .andExpect(status().isCreated()).andReturn()).get("id").asLong();
            if (i == 0) {
                severe = id;
            }
        }
        jdbc.sql("update elder set care_level = 'SEVERE' where id = :id").param("id", severe).update();

        JsonNode r = CareFixture.json(mvc.perform(get("/api/v1/care/reports").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn()).get("coverage");
        assertThat(r.get("profile").asText()).isEqualTo("elderly");
        assertThat(r.get("metresPerSecond").asDouble()).isEqualTo(0.9);
        JsonNode own = r.get("stations").get(0);
        assertThat(own.at("/place/id").asLong()).isEqualTo(station);
        assertThat(own.get("elders").asLong()).isEqualTo(5);
        assertThat(own.get("covered").asLong()).isEqualTo(3);
        JsonNode community = r.get("communities").get(0);
        assertThat(community.get("elders").asLong()).isEqualTo(5);
        assertThat(community.get("covered").asLong()).isEqualTo(3);
        assertThat(community.get("share").asDouble()).isEqualTo(0.6);
        assertThat(community.at("/byLevel/SEVERE/elders").asLong()).isEqualTo(1);
        assertThat(community.at("/byLevel/SEVERE/covered").asLong()).isEqualTo(1);
        assertThat(community.at("/byLevel/NONE/elders").asLong()).isEqualTo(4);
        assertThat(community.at("/byLevel/NONE/covered").asLong()).isEqualTo(2);
        assertThat(r.get("total").get("covered").asLong()).isEqualTo(3);
        JsonNode uncovered = r.get("uncovered");
        assertThat(uncovered).hasSize(2);
        List<String> names = new ArrayList<>();
        uncovered.forEach(u -> names.add(u.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrder(prefix + "远小区", prefix + "路网外小区");
        for (JsonNode u : uncovered) {
            assertThat(u.get("elders").asLong()).isEqualTo(1);
            boolean off = u.get("name").asText().endsWith("路网外小区");
            assertThat(u.get("offNetwork").asBoolean()).isEqualTo(off);
            if (off) {
                assertThat(u.get("minutes").isNull()).isTrue();
            } else if (!u.get("minutes").isNull()) {
                assertThat(u.get("minutes").asDouble()).isGreaterThan(15);
            }
        }
    }

    /** A node other than {@code from} that an elderly walker reaches from it within {@code seconds}. */
    private int nodeWithin(int from, double seconds) {
        WalkNetwork net = walking.snapper().network();
        var tt = walking.travelTimes(ElderCoverage.PROFILE);
        SnappedPoints source = walking.snapper().snapAll(new double[] {net.lat(from)}, new double[] {net.lon(from)}, true);
        for (int node = 0; node < net.nodeCount(); node++) {
            double metres = EarthDistance.metres(net.lat(from), net.lon(from), net.lat(node), net.lon(node));
            if (metres < 150 || metres > 400) {
                continue;
            }
            SnappedPoints target = walking.snapper().snapAll(new double[] {net.lat(node)}, new double[] {net.lon(node)}, true);
            PairTimes pair = PairTimes.within(tt, source, target, seconds);
            if (pair.end(0) > pair.start(0)) {
                return node;
            }
        }
        throw new AssertionError("no node within " + seconds + " s of node " + from);
    }

    private static double nearestStation(List<double[]> stations, double lat, double lon) {
        return stations.stream().mapToDouble(s -> EarthDistance.metres(lat, lon, s[0], s[1])).min().orElse(Double.MAX_VALUE);
    }

    private long compoundAt(CareFixture place, String name, double lon, double lat) {
        return jdbc.sql("""
                        insert into compound (community_id, name, name_sort, name_initials, households, lon, lat,
                            source_lon, source_lat, source_crs)
                        values (:c, :n, :s, :i, 100, :lon, :lat, :lon, :lat, 'WGS84') returning id""")
                .param("c", place.places.communityA).param("n", name).param("s", Pinyin.sortKey(name))
                .param("i", Pinyin.initials(name)).param("lon", lon).param("lat", lat).query(Long.class).single();
    }
}
