package org.lifecircle.atlas;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.lifecircle.shared.text.Pinyin;

/**
 * A small district written straight to the tables (the importers are tested on their own):
 * one sub-district with two communities and a center, for tests that need places to act on.
 * Every name carries the prefix, so fixtures never clash with each other or with imported data.
 */
public final class AtlasFixture {

    private static final java.util.Random RANDOM = new java.security.SecureRandom();

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

    /** The fixture named {@code prefix…}, created on first use in this database. */
    public static AtlasFixture shared(JdbcClient jdbc, String prefix) {
        var subDistrict = jdbc.sql("select id from sub_district where name = :n").param("n", prefix + "街道")
                .query(Long.class).optional();
        if (subDistrict.isEmpty()) {
            return create(jdbc, prefix);
        }
        return new AtlasFixture(subDistrict.get(), community(jdbc, prefix + "甲社区居民委员会"),
                community(jdbc, prefix + "乙社区居民委员会"),
                jdbc.sql("select id from service_center where name = :n").param("n", prefix + "中心").query(Long.class).single());
    }

    private static long community(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from community where name = :n").param("n", name).query(Long.class).single();
    }

    /**
     * Names are made unique by {@code prefix}, codes by a random 9-digit sub-district code in the
     * 9xxxxxxxx range no real division uses, so several fixtures can share one database and an
     * export of everything re-imports cleanly.
     */
    public static AtlasFixture create(JdbcClient jdbc, String prefix) {
        String code = "9" + String.format("%08d", RANDOM.nextInt(100_000_000));
        long district = jdbc.sql("insert into district (code, name) values (:c, :n) returning id")
                .param("c", code + "000").param("n", prefix + "区").query(Long.class).single();
        long subDistrict = jdbc.sql("""
                insert into sub_district (district_id, code, name, name_sort) values (:d, :c, :n, :s) returning id""")
                .param("d", district).param("c", code).param("n", prefix + "街道").param("s", Pinyin.sortKey(prefix + "街道"))
                .query(Long.class).single();
        long center = jdbc.sql("""
                insert into service_center (sub_district_id, name, name_sort, tier, lon, lat, source_lon, source_lat, source_crs)
                values (:s, :n, :sort, 'CENTER_15', 113.74, 34.77, 113.74, 34.77, 'WGS84') returning id""")
                .param("s", subDistrict).param("n", prefix + "中心").param("sort", Pinyin.sortKey(prefix + "中心"))
                .query(Long.class).single();
        return new AtlasFixture(subDistrict, community(jdbc, subDistrict, code + "001", prefix + "甲社区居民委员会"),
                community(jdbc, subDistrict, code + "002", prefix + "乙社区居民委员会"), center);
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
