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

    private AtlasFixture(long subDistrict, long communityA, long communityB) {
        this.subDistrict = subDistrict;
        this.communityA = communityA;
        this.communityB = communityB;
    }

    /** Codes are made unique by {@code prefix} so several fixtures can share one database. */
    public static AtlasFixture create(JdbcClient jdbc, String prefix) {
        long district = jdbc.sql("insert into district (code, name) values (:c, '郑东新区') returning id")
                .param("c", prefix + "D").query(Long.class).single();
        long subDistrict = jdbc.sql("""
                insert into sub_district (district_id, code, name, name_sort) values (:d, :c, '如意湖街道', :s) returning id""")
                .param("d", district).param("c", prefix + "S").param("s", Pinyin.sortKey("如意湖街道"))
                .query(Long.class).single();
        return new AtlasFixture(subDistrict, community(jdbc, subDistrict, prefix + "A", "绿城百合社区居民委员会"),
                community(jdbc, subDistrict, prefix + "B", "天时路社区居民委员会"));
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
