package org.lifecircle.planning;

import org.lifecircle.atlas.AtlasFixture;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Places on the bundled street network for planning tests: a fresh {@link AtlasFixture}, a service kind
 * of the test's own under the handbook group "health" (so that other tests' facilities cannot change the
 * answers), a facility of it at one street corner, and in community A one compound a few minutes' walk
 * away (1,000 residents) and one beyond 15 minutes (600). Walking times come from the engine itself.
 * Rows carry their real pinyin keys: ExportIT re-imports whole tables and expects nothing to change.
 */
final class PlanningFixture {

    final String tag;
    final AtlasFixture places;
    final String service;
    final long facility;
    final long near;
    final long far;
    final double nearMinutes;
    final double farMinutes;
    /** The facility's street corner: lon, lat. */
    final double[] corner;
    /** The near compound's entrance: lon, lat. */
    final double[] nearPosition;
    /** The far compound's entrance: lon, lat. */
    final double[] farPosition;

    private PlanningFixture(JdbcClient jdbc, StreetNetwork streets) {
        tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        places = AtlasFixture.create(jdbc, "PLAN" + tag);
        service = "plan_test_" + tag;
        jdbc.sql("""
                insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
                select :code, id, '规划测试服务', 'Planning test service', 'SOCIAL', 999 from category where code = 'health'""")
                .param("code", service).update();
        WalkNetwork net = streets.network();
        int a = net.nodeCount() / 2;
        corner = new double[]{net.lon(a), net.lat(a)};
        double[] fromA = NearestFacility.nodeSeconds(new TravelTimes(net, WalkingProfile.ADULT),
                new SnappedPoints(new Snap[]{PlanningTestSupport.atNode(net, a)}));
        int nearNode = -1;
        int farNode = -1;
        for (int v = 0; v < net.nodeCount(); v++) {
            if (nearNode < 0 && fromA[v] > 180 && fromA[v] < 480) {
                nearNode = v;
            }
            if (farNode < 0 && fromA[v] > 1500 && Double.isFinite(fromA[v])) {
                farNode = v;
            }
        }
        nearMinutes = fromA[nearNode] / 60;
        farMinutes = fromA[farNode] / 60;
        facility = facility(jdbc, service, "规划测试药房" + tag, net.lon(a), net.lat(a));
        near = compound(jdbc, "近处小区" + tag, 1000, 0.1, net.lon(nearNode), net.lat(nearNode));
        nearPosition = new double[]{net.lon(nearNode), net.lat(nearNode)};
        far = compound(jdbc, "远处小区" + tag, 600, 0.5, net.lon(farNode), net.lat(farNode));
        farPosition = new double[]{net.lon(farNode), net.lat(farNode)};
    }

    static PlanningFixture create(JdbcClient jdbc, StreetNetwork streets) {
        return new PlanningFixture(jdbc, streets);
    }

    /** A facility of a catalogue kind at a position; its id. */
    static long facility(JdbcClient jdbc, String kind, String name, double lon, double lat) {
        return jdbc.sql("""
                insert into facility (name, name_sort, name_initials, category_id, lon, lat, source_lon, source_lat, source_crs)
                select :name, :sort, :initials, id, :lon, :lat, :lon, :lat, 'WGS84' from category where code = :kind
                returning id""").param("name", name).param("sort", Pinyin.sortKey(name)).param("initials", Pinyin.initials(name))
                .param("lon", lon).param("lat", lat).param("kind", kind).query(Long.class).single();
    }

    private long compound(JdbcClient jdbc, String name, int population, double elderly, double lon, double lat) {
        return jdbc.sql("""
                insert into compound (community_id, name, name_sort, name_initials, population, elderly_share, lon, lat,
                    source_lon, source_lat, source_crs)
                values (:c, :n, :sort, :initials, :p, :e, :lon, :lat, :lon, :lat, 'WGS84') returning id""")
                .param("c", places.communityA).param("n", name)
                .param("sort", Pinyin.sortKey(name)).param("initials", Pinyin.initials(name)).param("p", population).param("e", elderly)
                .param("lon", lon).param("lat", lat).query(Long.class).single();
    }
}
