package org.lifecircle.atlas.center;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifecircle.atlas.ServiceClass;
import org.lifecircle.atlas.Tier;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CenterRepository {

    private static final String FROM = """
             from service_center c join sub_district s on s.id = c.sub_district_id
            """;

    private final JdbcClient jdbc;

    CenterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Centers by tier (15, 10, 5 minutes), then pinyin; optionally one tier or sub-district. */
    List<ServiceCenter> find(Tier tier, Long subDistrictId) {
        Map<String, Object> params = new HashMap<>();
        params.put("tier", tier == null ? null : tier.name());
        params.put("s", subDistrictId);
        return query("""
                 where (cast(:tier as varchar) is null or c.tier = :tier)
                   and (cast(:s as bigint) is null or c.sub_district_id = :s)""", " order by c.tier, c.name_sort", params);
    }

    Optional<ServiceCenter> findById(long id) {
        return query(" where c.id = :id", "", Map.of("id", id)).stream().findFirst();
    }

    Optional<ServiceCenter> findByName(String name) {
        return query(" where c.name = :name", "", Map.of("name", name)).stream().findFirst();
    }

    /**
     * Centers with their areas and served communities in three queries, whatever their number
     * (the facility form lists every center).
     */
    private List<ServiceCenter> query(String where, String order, Map<String, Object> params) {
        String ids = "(select c.id" + FROM + where + ")";
        Map<Long, Map<ServiceClass, BigDecimal>> areas = new HashMap<>();
        jdbc.sql("select center_id, service_class, area_m2 from center_area where center_id in " + ids)
                .params(params)
                .query((r, n) -> areas.computeIfAbsent(r.getLong(1), k -> new EnumMap<>(ServiceClass.class))
                        .put(ServiceClass.valueOf(r.getString(2)), r.getBigDecimal(3))).list();
        Map<Long, List<ServiceCenter.ServedCommunity>> served = new HashMap<>();
        jdbc.sql("""
                select cc.center_id, m.id, m.name from center_community cc join community m on m.id = cc.community_id
                where cc.center_id in """ + ids + " order by m.name_sort")
                .params(params)
                .query((r, n) -> served.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new ServiceCenter.ServedCommunity(r.getLong(2), r.getString(3)))).list();
        return jdbc.sql("select c.*, s.name as sub_district_name" + FROM + where + order).params(params)
                .query((rs, n) -> map(rs, areas.getOrDefault(rs.getLong("id"), Map.of()),
                        served.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select count(*) from service_center where name = :n and id <> coalesce(:id, -1)")
                .param("n", name).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(CenterForm form, double[] wgs84) {
        long id = jdbc.sql("""
                insert into service_center (sub_district_id, name, name_sort, tier, address, lon, lat,
                    source_lon, source_lat, source_crs, floors_above, floors_below, total_area_m2,
                    households_served, merchants, estimated, note)
                values (:subDistrictId, :name, :nameSort, :tier, :address, :lon, :lat, :sourceLon, :sourceLat,
                    :crs, :floorsAbove, :floorsBelow, :totalArea, :households, :merchants, :estimated, :note)
                returning id""")
                .params(params(form, wgs84)).query(Long.class).single();
        replaceDetails(id, form);
        return id;
    }

    void update(long id, CenterForm form, double[] wgs84) {
        jdbc.sql("""
                update service_center set sub_district_id = :subDistrictId, name = :name, name_sort = :nameSort,
                    tier = :tier, address = :address, lon = :lon, lat = :lat, source_lon = :sourceLon,
                    source_lat = :sourceLat, source_crs = :crs, floors_above = :floorsAbove,
                    floors_below = :floorsBelow, total_area_m2 = :totalArea, households_served = :households,
                    merchants = :merchants, estimated = :estimated, note = :note, updated_at = now()
                where id = :id""")
                .params(params(form, wgs84)).param("id", id).update();
        replaceDetails(id, form);
    }

    boolean hasFacilities(long id) {
        return jdbc.sql("select count(*) from facility where center_id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    void delete(long id) {
        jdbc.sql("delete from service_center where id = :id").param("id", id).update();
    }

    private void replaceDetails(long id, CenterForm form) {
        jdbc.sql("delete from center_area where center_id = :id").param("id", id).update();
        for (ServiceClass serviceClass : ServiceClass.values()) {
            BigDecimal area = form.area(serviceClass);
            if (area != null) {
                jdbc.sql("insert into center_area (center_id, service_class, area_m2) values (:id, :c, :a)")
                        .param("id", id).param("c", serviceClass.name()).param("a", area).update();
            }
        }
        jdbc.sql("delete from center_community where center_id = :id").param("id", id).update();
        for (Long community : form.getCommunityIds().stream().distinct().toList()) {
            jdbc.sql("insert into center_community (center_id, community_id) values (:id, :m)")
                    .param("id", id).param("m", community).update();
        }
    }

    private static ServiceCenter map(ResultSet rs, Map<ServiceClass, BigDecimal> areas,
                                     List<ServiceCenter.ServedCommunity> served) throws SQLException {
        long id = rs.getLong("id");
        return new ServiceCenter(id, rs.getLong("sub_district_id"), rs.getString("sub_district_name"),
                rs.getString("name"), Tier.valueOf(rs.getString("tier")), rs.getString("address"),
                rs.getDouble("lon"), rs.getDouble("lat"), rs.getDouble("source_lon"), rs.getDouble("source_lat"),
                rs.getString("source_crs"), (Integer) rs.getObject("floors_above"), (Integer) rs.getObject("floors_below"),
                rs.getBigDecimal("total_area_m2"), (Integer) rs.getObject("households_served"),
                (Integer) rs.getObject("merchants"), rs.getBoolean("estimated"), rs.getString("note"), areas, served);
    }

    private static Map<String, Object> params(CenterForm f, double[] wgs84) {
        Map<String, Object> p = new HashMap<>();
        p.put("subDistrictId", f.getSubDistrictId());
        p.put("name", f.getName());
        p.put("nameSort", Pinyin.sortKey(f.getName()));
        p.put("tier", f.getTier().name());
        p.put("address", f.getAddress());
        f.putPosition(p, wgs84);
        p.put("floorsAbove", f.getFloorsAbove());
        p.put("floorsBelow", f.getFloorsBelow());
        p.put("totalArea", f.getTotalAreaM2());
        p.put("households", f.getHouseholdsServed());
        p.put("merchants", f.getMerchants());
        p.put("estimated", f.isEstimated());
        p.put("note", f.getNote());
        return p;
    }
}
