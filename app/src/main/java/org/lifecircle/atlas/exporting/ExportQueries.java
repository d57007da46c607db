package org.lifecircle.atlas.exporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.atlas.importing.ImportKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads each list as import rows. Coordinates go out as they came in (source pair and
 * system), so re-importing an export reproduces both the WGS-84 position and the original.
 */
@Component
class ExportQueries {

    private static final Map<String, String> TIER_ZH = Map.of("CENTER_15", "15分钟", "STREET_10", "10分钟", "CIRCLE_5", "5分钟");

    private final JdbcClient jdbc;

    ExportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ExportRow> rows(ImportKind kind, boolean chinese) {
        switch (kind) {
            case DIVISIONS:
                return jdbc.sql("""
                        select d.code as district_code, d.name as district_name, s.code as sub_district_code,
                            s.name as sub_district_name, c.code as community_code, c.name as community_name
                        from community c join sub_district s on s.id = c.sub_district_id
                        join district d on d.id = s.district_id order by c.code""")
                        .query((rs, n) -> new ExportRow(values(rs), null, null)).list();
            case COMPOUNDS:
                return jdbc.sql("""
                        select c.code as community, p.name, p.address, p.households, p.population, p.elderly_share,
                            p.source_lon as lon, p.source_lat as lat, p.source_crs as crs, p.estimated, p.note,
                            p.lon as wgs_lon, p.lat as wgs_lat
                        from compound p join community c on c.id = p.community_id order by c.code, p.name_sort, p.id""")
                        .query((rs, n) -> place(rs)).list();
            case CENTERS:
                Map<Long, Map<String, Object>> areas = centerAreas();
                return jdbc.sql("""
                        select s.id, s.name, d.code as sub_district, s.tier, s.address, s.source_lon as lon,
                            s.source_lat as lat, s.source_crs as crs, s.floors_above, s.floors_below, s.total_area_m2,
                            s.households_served, s.merchants,
                            (select string_agg(c.code, '、' order by c.code) from center_community cc
                             join community c on c.id = cc.community_id where cc.center_id = s.id) as communities,
                            s.estimated, s.note, s.lon as wgs_lon, s.lat as wgs_lat
                        from service_center s join sub_district d on d.id = s.sub_district_id order by s.name_sort, s.id""")
                        .query((rs, n) -> {
                            ExportRow row = place(rs);
                            row.values().putAll(areas.getOrDefault(rs.getLong("id"), Map.of()));
                            row.values().remove("id");
                            if (chinese) {
                                row.values().put("tier", TIER_ZH.get(rs.getString("tier")));
                            }
                            return row;
                        }).list();
            default:
                return jdbc.sql("""
                        select f.name, k.code as category, f.address, f.source_lon as lon, f.source_lat as lat,
                            f.source_crs as crs, f.business_scope, f.phone, f.opening_hours, s.name as center,
                            c.code as community, f.subsidised, f.government_run, f.elder_friendly, f.floor_area_m2,
                            f.external_source, f.external_id, f.estimated, f.lon as wgs_lon, f.lat as wgs_lat
                        from facility f join category k on k.id = f.category_id
                        left join service_center s on s.id = f.center_id left join community c on c.id = f.community_id
                        order by f.name_sort, f.id""")
                        .query((rs, n) -> place(rs)).list();
        }
    }

    private Map<Long, Map<String, Object>> centerAreas() {
        Map<Long, Map<String, Object>> areas = new HashMap<>();
        jdbc.sql("select center_id, service_class, area_m2 from center_area").query((rs, n) -> {
            String key = switch (rs.getString("service_class")) {
                case "GOVERNMENT" -> "government_area_m2";
                case "SOCIAL" -> "social_area_m2";
                default -> "daily_life_area_m2";
            };
            areas.computeIfAbsent(rs.getLong("center_id"), id -> new HashMap<>()).put(key, rs.getBigDecimal("area_m2"));
            return null;
        }).list();
        return areas;
    }

    private static ExportRow place(ResultSet rs) throws SQLException {
        Map<String, Object> values = values(rs);
        Double lon = (Double) values.remove("wgs_lon");
        Double lat = (Double) values.remove("wgs_lat");
        return new ExportRow(values, lon, lat);
    }

    private static Map<String, Object> values(ResultSet rs) throws SQLException {
        Map<String, Object> values = new HashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            values.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
        }
        return values;
    }
}
