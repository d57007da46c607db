package org.lifecircle.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A community of its own on the bundled street network: one compound at a street corner of community A and, at
 * corners whose walking times the engine gives, a pharmacy 1–5 minutes away, a barber 5.5–10 minutes away, a
 * restaurant beyond 20 minutes that is recorded in community A (listed without minutes), and a pharmacy beyond 20
 * minutes recorded nowhere (not listed). Staff accounts for communities A and B and an administrator. Every name
 * ends in the tag, so fixtures share the database without clashing.
 */
public final class DirectoryFixture {

    public static final String PASSWORD = "correct-horse-1";

    public final String tag;
    final AtlasFixture places;
    public final String codeA;
    final String codeB;
    final long compound;
    final double nearMinutes;
    final double midMinutes;
    public final long near;
    final long mid;
    final long farInCommunity;
    final long farElsewhere;
    public final String staffA;
    final String staffB;
    final String admin;
    private final double[][] corners;

    public DirectoryFixture(JdbcClient jdbc, StreetNetwork streets, AccountService accounts) {
        tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        places = AtlasFixture.create(jdbc, "DIR" + tag);
        codeA = jdbc.sql("select code from community where id = :id").param("id", places.communityA).query(String.class).single();
        codeB = jdbc.sql("select code from community where id = :id").param("id", places.communityB).query(String.class).single();
        WalkNetwork net = streets.network();
        int a = net.nodeCount() / 3;
        int e = net.arcEdge(net.firstArc(a));
        Snap atA = new Snap(e, net.edgeFrom(e) == a ? 0 : net.edgeLengthMetres(e), 0, net.lat(a), net.lon(a));
        double[] fromA = NearestFacility.nodeSeconds(new TravelTimes(net, WalkingProfile.ADULT), new SnappedPoints(new Snap[] {atA}));
        int n = -1, m = -1, f = -1, g = -1;
        for (int v = 0; v < net.nodeCount(); v++) {
            n = n < 0 && fromA[v] > 60 && fromA[v] < 290 ? v : n;
            m = m < 0 && fromA[v] > 330 && fromA[v] < 590 ? v : m;
            f = f < 0 && fromA[v] > 1500 && Double.isFinite(fromA[v]) ? v : f;
            g = g < 0 && f >= 0 && v != f && fromA[v] > 1500 && Double.isFinite(fromA[v]) ? v : g;
        }
        nearMinutes = fromA[n] / 60;
        midMinutes = fromA[m] / 60;
        corners = new double[][] {{net.lon(a), net.lat(a)}, {net.lon(n), net.lat(n)}, {net.lon(m), net.lat(m)},
                {net.lon(f), net.lat(f)}, {net.lon(g), net.lat(g)}};
        jdbc.sql("update community set committee_address = :addr, phone = '0371-66660000', office_hours = '周一至周五 9:00-17:00', "
                        + "lon = :lon, lat = :lat where id = :id")
                .param("addr", "测试路1号" + tag).param("lon", net.lon(a)).param("lat", net.lat(a)).param("id", places.communityA).update();
        compound = jdbc.sql("""
                insert into compound (community_id, name, name_sort, name_initials, households, population, lon, lat,
                    source_lon, source_lat, source_crs)
                values (:c, :n, :sort, :initials, 200, 500, :lon, :lat, :lon, :lat, 'WGS84') returning id""")
                .param("c", places.communityA).param("n", "名录小区" + tag).param("sort", Pinyin.sortKey("名录小区"))
                .param("initials", Pinyin.initials("名录小区")).param("lon", net.lon(a)).param("lat", net.lat(a))
                .query(Long.class).single();
        near = facility(jdbc, "pharmacy", "近邻大药房" + tag, 1, null, "Mo-Fr 08:00-18:00; Sa 09:00-12:00");
        mid = facility(jdbc, "barber", "街角理发店" + tag, 2, null, "24/7");
        farInCommunity = facility(jdbc, "restaurant", "社区食堂" + tag, 3, places.communityA, null);
        farElsewhere = facility(jdbc, "pharmacy", "远方药房" + tag, 4, null, null);
        staffA = account(accounts, Role.COMMUNITY_STAFF, places.communityA);
        staffB = account(accounts, Role.COMMUNITY_STAFF, places.communityB);
        admin = account(accounts, Role.DISTRICT_ADMIN, null);
    }

    /** A position at one of the fixture's corners (0 the compound, 1 near, 2 mid, 3 and 4 far). */
    double[] corner(int i) {
        return corners[i];
    }

    private long facility(JdbcClient jdbc, String kind, String name, int corner, Long community, String hours) {
        return jdbc.sql("""
                insert into facility (name, name_sort, name_initials, category_id, lon, lat, source_lon, source_lat,
                    source_crs, opening_hours, phone, business_scope, address, community_id, verified_at)
                select :name, :sort, :initials, id, :lon, :lat, :lon, :lat, 'WGS84', :hours, '0371-12345678', '测试经营范围',
                    '测试街' || :corner || '号', :community, now()
                from category where code = :kind returning id""")
                .param("name", name).param("sort", Pinyin.sortKey(name)).param("initials", Pinyin.initials(name))
                .param("lon", corners[corner][0]).param("lat", corners[corner][1]).param("hours", hours)
                .param("corner", corner).param("community", community).param("kind", kind).query(Long.class).single();
    }

    private String account(AccountService accounts, Role role, Long community) {
        String username = "dir-" + role.name().toLowerCase().replace('_', '-') + "-" + tag + "-" + (community == null ? 0 : community);
        accounts.create(Actor.SYSTEM, new NewAccount(username, "名录测试", PASSWORD, role, community, null));
        return username;
    }

    static MockHttpSession login(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
    }
}
