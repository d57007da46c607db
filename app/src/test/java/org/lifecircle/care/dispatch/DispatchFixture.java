package org.lifecircle.care.dispatch;

import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Places and caregivers of the dispatch tests, put where no other test's stations are (about 6 km south-west of the
 * shared fixtures' point), so that nobody else's caregiver can be the nearest one.
 */
public final class DispatchFixture {

    /** A point of the test area, a few hundred metres apart per step. */
    public static double lon(int step) {
        return 113.680 + step * 0.003;
    }

    public static final double LAT = 34.730;

    private DispatchFixture() {
    }

    public static long compound(JdbcClient jdbc, long community, String name, int step) {
        return jdbc.sql("""
                        insert into compound (community_id, name, name_sort, name_initials, households, lon, lat,
                            source_lon, source_lat, source_crs)
                        values (:c, :n, :s, :i, 300, :lon, :lat, :lon, :lat, 'WGS84') returning id""")
                .param("c", community).param("n", name).param("s", Pinyin.sortKey(name)).param("i", Pinyin.initials(name))
                .param("lon", lon(step)).param("lat", LAT).query(Long.class).single();
    }

    public static long station(JdbcClient jdbc, long community, String name, int step) {
        return jdbc.sql("""
                        insert into care_station (community_id, name, name_sort, name_initials, lon, lat, source_lon, source_lat,
                            source_crs, day_care_capacity, opening_hours, services)
                        values (:c, :n, :s, :i, :lon, :lat, :lon, :lat, 'WGS84', 10, '24/7', '{MEAL_DELIVERY}') returning id""")
                .param("c", community).param("n", name).param("s", Pinyin.sortKey(name)).param("i", Pinyin.initials(name))
                .param("lon", lon(step)).param("lat", LAT).query(Long.class).single();
    }

    /** A caregiver with skills (certificates valid unless {@code expires} is given). */
    public static long caregiver(JdbcClient jdbc, long station, String name, String mode, String hours, String expires, String... skills) {
        long id = jdbc.sql("""
                        insert into caregiver (station_id, name, name_sort, name_initials, phone, travel_mode, working_hours)
                        values (:s, :n, :ns, :ni, '13700000000', :m, :h) returning id""")
                .param("s", station).param("n", name).param("ns", Pinyin.sortKey(name)).param("ni", Pinyin.initials(name))
                .param("m", mode).param("h", hours).query(Long.class).single();
        for (String skill : skills) {
            jdbc.sql("insert into caregiver_skill (caregiver_id, skill, certificate_no, expires_on) values (:c, :k, 'C', cast(:e as date))")
                    .param("c", id).param("k", skill).param("e", expires).update();
        }
        return id;
    }
}
