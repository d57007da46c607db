package org.lifecircle.atlas.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Every mapped place of the registry in one compact GeoJSON collection, for the atlas map. */
@RestController
@Tag(name = "Map 地图", description = "Registry layers for the map")
class MapApi {

    private final JdbcClient jdbc;

    MapApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping(value = "/api/v1/map/features", produces = "application/geo+json")
    @Operation(summary = "Compounds, centers and facilities as a GeoJSON FeatureCollection (WGS-84)")
    Map<String, Object> features() {
        List<Map<String, Object>> features = new ArrayList<>();
        jdbc.sql("select id, name, lon, lat, population, households from compound").query((rs, n) -> features.add(
                feature("compound", rs.getLong("id"), rs.getString("name"), rs.getDouble("lon"), rs.getDouble("lat"),
                        Map.of("population", rs.getInt("population"), "households", rs.getInt("households"))))).list();
        jdbc.sql("select id, name, lon, lat, tier from service_center").query((rs, n) -> features.add(
                feature("center", rs.getLong("id"), rs.getString("name"), rs.getDouble("lon"), rs.getDouble("lat"),
                        Map.of("tier", rs.getString("tier"))))).list();
        jdbc.sql("""
                select f.id, f.name, f.lon, f.lat, g.code as grp, f.subsidised
                from facility f join category c on c.id = f.category_id join category g on g.id = coalesce(c.parent_id, c.id)""")
                .query((rs, n) -> features.add(feature("facility", rs.getLong("id"), rs.getString("name"),
                        rs.getDouble("lon"), rs.getDouble("lat"),
                        Map.of("group", rs.getString("grp"), "subsidised", rs.getBoolean("subsidised"))))).list();
        return Map.of("type", "FeatureCollection", "features", features);
    }

    private static Map<String, Object> feature(String kind, long id, String name, double lon, double lat,
                                               Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>(extra);
        properties.put("kind", kind);
        properties.put("id", id);
        properties.put("name", name);
        return Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat)),
                "properties", properties);
    }
}
