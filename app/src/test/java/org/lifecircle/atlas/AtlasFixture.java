package org.lifecircle.atlas;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.lifecircle.shared.text.Pinyin;

/**
 * A small district written straight to the tables (the importers are tested on their own):
 * one sub-district with two communities, for tests that need places to act on.
 */
public final class AtlasFixture {

    public final long subDistrict;
    public final long communityA;
    public final long communityB;
    public final long center;

    private AtlasFixture(long subDistrict, long communityA, long communityB, long center) {
        this.subDistrict = subDistrict;
        this.communityA = communityA;
        this.communityB = communityB;
        this.center = center;
    }

    /** The fixture with codes {@code prefix…}, created on first use in this database. */
    public static AtlasFixture shared(JdbcClient jdbc, String prefix) {
        var subDistrict = jdbc.sql("select id from sub_district where code = :c").param("c", prefix + "S")
                .query(Long.class).optional();
        if (subDistrict.isEmpty()) {
            return create(jdbc, prefix);
        }
        return new AtlasFixture(subDistrict.get(), id(jdbc, "community", prefix + "A"), id(jdbc, "community", prefix + "B"),
                jdbc.sql("select id from service_center where name = :n").param("n", prefix + "中心").query(Long.class).single());
    }

    private static long id(JdbcClient jdbc, String table, String code) {
        return jdbc.sql("select id from " + table + " where code = :c").param("c", code).query(Long.class).single();
    }

    /** Codes are made unique by {@code prefix} so several fixtures can share one database. */
    public static AtlasFixture create(JdbcClient jdbc, String prefix) {
        long district = jdbc.sql("insert into district (code, name) values (:c, '郑东新区') returning id")
                .param("c", prefix + "D").query(Long.class).single();
        long subDistrict = jdbc.sql("""
                insert into sub_district (district_id, code, name, name_sort) values (:d, :c, '如意湖街道', :s) returning id""")
                .param("d", district).param("c", prefix + "S").param("s", Pinyin.sortKey("如意湖街道"))
                .query(Long.class).single();
        long center = jdbc.sql("""
                insert into service_center (sub_district_id, name, name_sort, tier, lon, lat, source_lon, source_lat, source_crs)
                values (:s, :n, :n, 'CENTER_15', 113.74, 34.77, 113.74, 34.77, 'WGS84') returning id""")
                .param("s", subDistrict).param("n", prefix + "中心").query(Long.class).single();
        return new AtlasFixture(subDistrict, community(jdbc, subDistrict, prefix + "A", "绿城百合社区居民委员会"),
                community(jdbc, subDistrict, prefix + "B", "天时路社区居民委员会"), center);
    }

    private static long community(JdbcClient jdbc, long subDistrict, String code, String name) {
        return jdbc.sql("""
                insert into community (sub_district_id, code, name, name_sort, name_initials)
                values (:s, :c, :n, :sort, :i) returning id""")
                .param("s", subDistrict).param("c", code).param("n", name)
                .param("sort", Pinyin.sortKey(name)).param("i", Pinyin.initials(name))
                .query(Long.class).single();
    }
}
