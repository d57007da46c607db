package org.lifecircle.planning.standards;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.lifecircle.atlas.AtlasFixture;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Places on the bundled street network for the compliance tests, written as the app would write them
 * (real pinyin keys; ExportIT re-imports whole tables). The fixture's center stands on a street corner;
 * a "near" facility 3–8 minutes' walk away, a "far" one 25–55 minutes away, each of a kind of the
 * test's own so that no other test's facilities change the answers. Expected times come from the engine.
 */
final class ComplianceFixture {

    static final String PASSWORD = "standards-test-1";

    final String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
    final AtlasFixture places;
    final String nearKind = "std_near_" + tag;
    final String farKind = "std_far_" + tag;
    final String inCenterKind = "std_in_" + tag;
    final long nearFacility;
    final long farFacility;
    final long inCenterFacility;
    final int cornerNode;
    final int nearNode;
    final int farNode;
    final double nearMinutes;
    final double farMinutes;

    private final JdbcClient jdbc;
    private final WalkNetwork net;

    ComplianceFixture(JdbcClient jdbc, WalkNetwork net) {
        this.jdbc = jdbc;
        this.net = net;
        places = AtlasFixture.create(jdbc, "STD" + tag);
        for (String kind : new String[]{nearKind, farKind, inCenterKind}) {
            jdbc.sql("""
                    insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
                    select :code, id, '标准测试服务', 'Standards test service', 'DAILY_LIFE', 999 from category where code = 'shopping'""")
                    .param("code", kind).update();
        }
        cornerNode = net.nodeCount() / 3;
        double[] fromCorner = NearestFacility.nodeSeconds(new TravelTimes(net, WalkingProfile.ADULT),
                new SnappedPoints(new Snap[]{atNode(net, cornerNode)}));
        int near = -1;
        int far = -1;
        for (int v = 0; v < net.nodeCount(); v++) {
            if (near < 0 && fromCorner[v] > 180 && fromCorner[v] < 480) {
                near = v;
            }
            if (far < 0 && fromCorner[v] > 1500 && fromCorner[v] < 3300) {
                far = v;
            }
        }
        nearNode = near;
        farNode = far;
        nearMinutes = fromCorner[near] / 60;
        farMinutes = fromCorner[far] / 60;
        jdbc.sql("update service_center set lon = :lon, lat = :lat, source_lon = :lon, source_lat = :lat where id = :id")
                .param("lon", net.lon(cornerNode)).param("lat", net.lat(cornerNode)).param("id", places.center).update();
        nearFacility = facility("近处便民店" + tag, nearKind, nearNode, null);
        farFacility = facility("远处便民店" + tag, farKind, farNode, null);
        inCenterFacility = facility("中心内便民店" + tag, inCenterKind, farNode, places.center);
    }

    long compound(String name, int population, int node) {
        return jdbc.sql("""
                insert into compound (community_id, name, name_sort, name_initials, population, lon, lat,
                    source_lon, source_lat, source_crs)
                values (:c, :n, :sort, :initials, :p, :lon, :lat, :lon, :lat, 'WGS84') returning id""")
                .param("c", places.communityA).param("n", name + tag).param("sort", Pinyin.sortKey(name + tag))
                .param("initials", Pinyin.initials(name + tag)).param("p", population)
                .param("lon", net.lon(node)).param("lat", net.lat(node)).query(Long.class).single();
    }

    /** A requirement row as the API takes it. */
    static Map<String, Object> row(StandardTier tier, String nameZh, String codes, int minutes) {
        return Map.of("tier", tier.name(), "nameZh", nameZh, "nameEn", "Test " + nameZh, "codes", codes,
                "required", true, "minutes", minutes, "source", "Standards test 标准测试", "confidence", "R");
    }

    static String token(MockMvc mvc, AccountService accounts, Role role, Long community) throws Exception {
        String username = account(accounts, role, community);
        ObjectMapper json = new ObjectMapper();
        String body = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", username, "password", PASSWORD, "label", "t"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asText();
    }

    static MockHttpSession login(MockMvc mvc, AccountService accounts, Role role, Long community) throws Exception {
        String username = account(accounts, role, community);
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
    }

    private static String account(AccountService accounts, Role role, Long community) {
        String username = "std-" + role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 10_000_000;
        accounts.create(Actor.SYSTEM, new NewAccount(username, "标准测试", PASSWORD, role,
                role == Role.COMMUNITY_STAFF ? community : null, null));
        return username;
    }

    private long facility(String name, String kind, int node, Long center) {
        return jdbc.sql("""
                insert into facility (name, name_sort, name_initials, category_id, lon, lat, source_lon, source_lat,
                    source_crs, center_id)
                select :name, :sort, :initials, id, :lon, :lat, :lon, :lat, 'WGS84', :center from category where code = :code
                returning id""").param("name", name).param("sort", Pinyin.sortKey(name))
                .param("initials", Pinyin.initials(name)).param("lon", net.lon(node)).param("lat", net.lat(node))
                .param("center", center).param("code", kind).query(Long.class).single();
    }

    private static Snap atNode(WalkNetwork net, int v) {
        int e = net.arcEdge(net.firstArc(v));
        double along = net.edgeFrom(e) == v ? 0 : net.edgeLengthMetres(e);
        return new Snap(e, along, 0, net.lat(v), net.lon(v));
    }
}
