package org.lifecircle.atlas.facility;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.lifecircle.shared.Paged;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FacilityRepository {

    private static final String FROM = """
            from facility f
            join category c on c.id = f.category_id
            join category g on g.id = coalesce(c.parent_id, c.id)
            left join service_center s on s.id = f.center_id
            left join community m on m.id = f.community_id
            """;
    private static final String SELECT = """
            select f.id, f.name, f.category_id, c.code as category_code, c.name_zh as category_name,
                   c.name_en as category_name_en, g.code as group_code, g.name_zh as group_name,
                   g.name_en as group_name_en, f.address, f.lon, f.lat, f.source_lon, f.source_lat,
                   f.source_crs, f.business_scope, f.phone, f.opening_hours, f.center_id,
                   s.name as center_name, f.community_id, m.name as community_name, f.subsidised,
                   f.government_run, f.elder_friendly, f.floor_area_m2, f.external_source,
                   f.external_id, f.estimated, f.verified_at
            """ + FROM;
    /** q matches name, business scope, address, pinyin or initials ("yd" finds 药店). */
    private static final String FILTER = """
             where (cast(:q as varchar) is null
                    or f.name ilike '%' || :q || '%' or f.business_scope ilike '%' || :q || '%'
                    or f.address ilike '%' || :q || '%' or f.name_sort like '%' || lower(:q) || '%'
                    or f.name_initials like '%' || lower(:q) || '%')
               and (cast(:category as varchar) is null or c.code = :category or g.code = :category)
               and (cast(:communityId as bigint) is null or f.community_id = :communityId)
               and (cast(:centerId as bigint) is null or f.center_id = :centerId)
               and (cast(:subsidised as boolean) is null or f.subsidised = :subsidised)
               and (cast(:governmentRun as boolean) is null or f.government_run = :governmentRun)
               and (cast(:elderFriendly as boolean) is null or f.elder_friendly = :elderFriendly)
            """;

    private final JdbcClient jdbc;

    FacilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Paged<Facility> find(FacilityQuery query, Paged.Request request) {
        Map<String, Object> filter = filter(query);
        long total = jdbc.sql("select count(*) " + FROM + FILTER).params(filter).query(Long.class).single();
        var items = jdbc.sql(SELECT + FILTER + " order by g.sort_order, f.name_sort, f.id limit :limit offset :offset")
                .params(filter).param("limit", request.size()).param("offset", request.offset())
                .query(Facility.class).list();
        return new Paged<>(items, request.page(), request.size(), total);
    }

    java.util.List<Facility> findAll() {
        return jdbc.sql(SELECT + " order by f.id").query(Facility.class).list();
    }

    String changeStamp() {
        return jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) || '/' || coalesce(max(updated_at)::text, '') from facility")
                .query(String.class).single();
    }

    Optional<Facility> findById(long id) {
        return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(Facility.class).optional();
    }

    long insert(FacilityForm form, double[] wgs84) {
        return jdbc.sql("""
                insert into facility (name, name_sort, name_initials, category_id, address, lon, lat,
                    source_lon, source_lat, source_crs, business_scope, phone, opening_hours, center_id,
                    community_id, subsidised, government_run, elder_friendly, floor_area_m2, estimated, verified_at)
                values (:name, :nameSort, :initials, :categoryId, :address, :lon, :lat, :sourceLon, :sourceLat,
                    :crs, :scope, :phone, :hours, :centerId, :communityId, :subsidised, :governmentRun,
                    :elderFriendly, :area, :estimated, now())
                returning id""")
                .params(params(form, wgs84)).query(Long.class).single();
    }

    /** Saving through a form counts as verifying the entry today. */
    void update(long id, FacilityForm form, double[] wgs84) {
        jdbc.sql("""
                update facility set name = :name, name_sort = :nameSort, name_initials = :initials,
                    category_id = :categoryId, address = :address, lon = :lon, lat = :lat,
                    source_lon = :sourceLon, source_lat = :sourceLat, source_crs = :crs,
                    business_scope = :scope, phone = :phone, opening_hours = :hours, center_id = :centerId,
                    community_id = :communityId, subsidised = :subsidised, government_run = :governmentRun,
                    elder_friendly = :elderFriendly, floor_area_m2 = :area, estimated = :estimated,
                    verified_at = now(), updated_at = now()
                where id = :id""")
                .params(params(form, wgs84)).param("id", id).update();
    }

    /** Verified now; updated_at moves too, so the change stamp tells caches the entry changed. */
    void markVerified(long id) {
        jdbc.sql("update facility set verified_at = now(), updated_at = now() where id = :id").param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from facility where id = :id").param("id", id).update();
    }

    private static Map<String, Object> filter(FacilityQuery q) {
        Map<String, Object> p = new HashMap<>();
        p.put("q", q.q() == null || q.q().isBlank() ? null : q.q().strip());
        p.put("category", q.category() == null || q.category().isBlank() ? null : q.category());
        p.put("communityId", q.communityId());
        p.put("centerId", q.centerId());
        p.put("subsidised", q.subsidised());
        p.put("governmentRun", q.governmentRun());
        p.put("elderFriendly", q.elderFriendly());
        return p;
    }

    private static Map<String, Object> params(FacilityForm f, double[] wgs84) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", f.getName());
        p.put("nameSort", Pinyin.sortKey(f.getName()));
        p.put("initials", Pinyin.initials(f.getName()));
        p.put("categoryId", f.getCategoryId());
        p.put("address", f.getAddress());
        f.putPosition(p, wgs84);
        p.put("scope", f.getBusinessScope());
        p.put("phone", f.getPhone());
        p.put("hours", f.getOpeningHours());
        p.put("centerId", f.getCenterId());
        p.put("communityId", f.getCommunityId());
        p.put("subsidised", f.isSubsidised());
        p.put("governmentRun", f.isGovernmentRun());
        p.put("elderFriendly", f.isElderFriendly());
        p.put("area", f.getFloorAreaM2());
        p.put("estimated", f.isEstimated());
        return p;
    }
}
