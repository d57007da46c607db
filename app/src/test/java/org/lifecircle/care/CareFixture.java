package org.lifecircle.care;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.lifecircle.atlas.AtlasFixture;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Two communities (A, B), a compound and a care station in each, and an account for every role: community staff and
 * caregivers on both sides, so every test can try "the other community" and "the other station".
 */
public final class CareFixture {

    public static final String PASSWORD = "care-test-pass-1";

    public final AtlasFixture places;
    public final long compoundA;
    public final long compoundB;
    public final long stationA;
    public final long stationB;
    /** username by kind: the roles, plus STAFF_B and CAREGIVER_B for the other community and station */
    public final Map<Kind, String> users = new EnumMap<>(Kind.class);

    public enum Kind {
        DISPATCHER, STAFF_A, STAFF_B, CAREGIVER_A, CAREGIVER_B, ADMIN, PLANNER, OPERATOR, RESIDENT
    }

    public CareFixture(JdbcClient jdbc, AccountService accounts, String prefix) {
        places = AtlasFixture.create(jdbc, prefix);
        compoundA = compound(jdbc, places.communityA, prefix + "甲小区");
        compoundB = compound(jdbc, places.communityB, prefix + "乙小区");
        stationA = station(jdbc, places.communityA, prefix + "甲站");
        stationB = station(jdbc, places.communityB, prefix + "乙站");
        String tag = prefix.toLowerCase().replaceAll("[^a-z0-9]", "");
        add(accounts, Kind.DISPATCHER, tag, Role.CARE_DISPATCHER, null, null, null);
        add(accounts, Kind.STAFF_A, tag, Role.COMMUNITY_STAFF, places.communityA, null, null);
        add(accounts, Kind.STAFF_B, tag, Role.COMMUNITY_STAFF, places.communityB, null, null);
        add(accounts, Kind.CAREGIVER_A, tag, Role.CAREGIVER, null, null, stationA);
        add(accounts, Kind.CAREGIVER_B, tag, Role.CAREGIVER, null, null, stationB);
        add(accounts, Kind.ADMIN, tag, Role.DISTRICT_ADMIN, null, null, null);
        add(accounts, Kind.PLANNER, tag, Role.PLANNER, null, null, null);
        add(accounts, Kind.OPERATOR, tag, Role.CENTER_OPERATOR, null, places.center, null);
        add(accounts, Kind.RESIDENT, tag, Role.RESIDENT, null, null, null);
    }

    private void add(AccountService accounts, Kind kind, String tag, Role role, Long community, Long center, Long station) {
        String username = (kind.name().toLowerCase().replace('_', '-') + "-" + tag);
        username = username.length() > 60 ? username.substring(0, 60) : username;
        accounts.create(Actor.SYSTEM, new NewAccount(username, "测试 " + kind, PASSWORD, role, community, center, station));
        users.put(kind, username);
    }

    private static long compound(JdbcClient jdbc, long community, String name) {
        return jdbc.sql("""
                insert into compound (community_id, name, name_sort, name_initials, households, lon, lat,
                    source_lon, source_lat, source_crs)
                values (:c, :n, :s, :i, 300, 113.74, 34.77, 113.74, 34.77, 'WGS84') returning id""")
                .param("c", community).param("n", name).param("s", Pinyin.sortKey(name)).param("i", Pinyin.initials(name))
                .query(Long.class).single();
    }

    public static long station(JdbcClient jdbc, long community, String name) {
        return jdbc.sql("""
                insert into care_station (community_id, name, name_sort, name_initials, lon, lat, source_lon, source_lat,
                    source_crs, day_care_capacity, opening_hours, services)
                values (:c, :n, :s, :i, 113.74, 34.77, 113.74, 34.77, 'WGS84', 10, 'Mo-Fr 08:00-18:00', '{MEAL_DELIVERY}')
                returning id""")
                .param("c", community).param("n", name).param("s", Pinyin.sortKey(name)).param("i", Pinyin.initials(name))
                .query(Long.class).single();
    }

    /** A real token, issued by the API. */
    public String token(MockMvc mvc, Kind kind) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + users.get(kind) + "\",\"password\":\"" + PASSWORD + "\",\"label\":\"test\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new ObjectMapper().readTree(body).get("token").asText();
    }

    /** A real form login. */
    public MockHttpSession login(MockMvc mvc, Kind kind) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(users.get(kind)).password(PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A checksum-valid ID number: region 410105, the birth date, a serial (odd: a man). */
    public static String idNumber(String birth, int serial) {
        String seventeen = "410105" + birth + String.format("%03d", serial);
        return seventeen + org.lifecircle.care.elder.IdCardNumber.checkCharacter(seventeen);
    }

    public static JsonNode json(MvcResult result) throws Exception {
        return new ObjectMapper().readTree(result.getResponse().getContentAsString());
    }

    /**
     * Removes what a browser test made on this fixture's places: the elder's requests with everything hanging on them,
     * the caregiver, the elders, stations and compounds. Browser tests share their database with RegistryBrowserIT,
     * which counts every compound, so they leave none behind.
     */
    public void removeAll(JdbcClient jdbc, long elder, long caregiver) {
        String requestsOfElder = "(select id from care_request where elder_id = :e)";
        for (String table : List.of("care_visit", "care_visit_flag", "care_alert", "care_route_stop")) {
            jdbc.sql("delete from " + table + " where request_id in " + requestsOfElder).param("e", elder).update();
        }
        jdbc.sql("delete from care_route_plan where station_id in (:a, :b)").param("a", stationA).param("b", stationB).update();
        jdbc.sql("delete from care_request where elder_id = :e").param("e", elder).update();
        jdbc.sql("delete from caregiver_skill where caregiver_id = :c").param("c", caregiver).update();
        jdbc.sql("delete from caregiver where id = :c").param("c", caregiver).update();
        jdbc.sql("delete from elder where compound_id in (:a, :b)").param("a", compoundA).param("b", compoundB).update();
        jdbc.sql("delete from care_station where id in (:a, :b)").param("a", stationA).param("b", stationB).update();
        jdbc.sql("delete from compound where id in (:a, :b)").param("a", compoundA).param("b", compoundB).update();
    }
}
