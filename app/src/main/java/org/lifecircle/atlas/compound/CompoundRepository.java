package org.lifecircle.atlas.compound;

import java.util.Optional;

import org.lifecircle.shared.Paged;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CompoundRepository {

    private static final String SELECT = """
            select c.id, c.community_id, m.name as community_name, c.name, c.address, c.households,
                   c.population, c.elderly_share, c.lon, c.lat, c.source_lon, c.source_lat,
                   c.source_crs, c.estimated, c.note
            from compound c join community m on m.id = c.community_id
            """;

    /** Search by name, pinyin or initials ("lcbh"), or address; list sorted by pinyin. */
    private static final String FILTER = """
             where (cast(:communityId as bigint) is null or c.community_id = :communityId)
               and (cast(:q as varchar) is null
                    or c.name ilike '%' || :q || '%' or c.address ilike '%' || :q || '%'
                    or c.name_sort like '%' || lower(:q) || '%' or c.name_initials like lower(:q) || '%')
            """;

    private final JdbcClient jdbc;

    CompoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Paged<Compound> find(Long communityId, String q, Paged.Request request) {
        String query = q == null || q.isBlank() ? null : q.strip();
        long total = jdbc.sql("select count(*) from compound c" + FILTER)
                .param("communityId", communityId).param("q", query)
                .query(Long.class).single();
        var items = jdbc.sql(SELECT + FILTER + " order by c.name_sort, c.id limit :limit offset :offset")
                .param("communityId", communityId).param("q", query)
                .param("limit", request.size()).param("offset", request.offset())
                .query(Compound.class).list();
        return new Paged<>(items, request.page(), request.size(), total);
    }

    java.util.List<Compound> findAll() {
        return jdbc.sql(SELECT + " order by c.id").query(Compound.class).list();
    }

    String changeStamp() {
        return jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) || '/' || coalesce(max(updated_at)::text, '') from compound")
                .query(String.class).single();
    }

    Optional<Compound> findById(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Compound.class).optional();
    }

    boolean nameTaken(long communityId, String name, Long exceptId) {
        return jdbc.sql("select count(*) from compound where community_id = :c and name = :n and id <> coalesce(:id, -1)")
                .param("c", communityId).param("n", name).param("id", exceptId)
                .query(Long.class).single() > 0;
    }

    long insert(CompoundForm form, double[] wgs84) {
        return jdbc.sql("""
                insert into compound (community_id, name, name_sort, name_initials, address, households,
                    population, elderly_share, lon, lat, source_lon, source_lat, source_crs, estimated, note)
                values (:communityId, :name, :nameSort, :initials, :address, :households, :population,
                    :elderlyShare, :lon, :lat, :sourceLon, :sourceLat, :crs, :estimated, :note)
                returning id""")
                .params(params(form, wgs84))
                .query(Long.class).single();
    }

    void update(long id, CompoundForm form, double[] wgs84) {
        jdbc.sql("""
                update compound set community_id = :communityId, name = :name, name_sort = :nameSort,
                    name_initials = :initials, address = :address, households = :households,
                    population = :population, elderly_share = :elderlyShare, lon = :lon, lat = :lat,
                    source_lon = :sourceLon, source_lat = :sourceLat, source_crs = :crs,
                    estimated = :estimated, note = :note, updated_at = now()
                where id = :id""")
                .params(params(form, wgs84))
                .param("id", id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from compound where id = :id").param("id", id).update();
    }

    private static java.util.Map<String, Object> params(CompoundForm f, double[] wgs84) {
        var p = new java.util.HashMap<String, Object>();
        p.put("communityId", f.getCommunityId());
        p.put("name", f.getName());
        p.put("nameSort", Pinyin.sortKey(f.getName()));
        p.put("initials", Pinyin.initials(f.getName()));
        p.put("address", f.getAddress());
        p.put("households", f.getHouseholds());
        p.put("population", f.getPopulation());
        p.put("elderlyShare", f.getElderlyShare());
        f.putPosition(p, wgs84);
        p.put("estimated", f.isEstimated());
        p.put("note", f.getNote());
        return p;
    }
}
