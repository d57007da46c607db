package org.lifecircle.atlas.importing;

import java.math.BigDecimal;
import java.util.Map;

import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Upserts one checked center with its areas and served communities. */
@Component
class CenterWriter {

    private final JdbcClient jdbc;

    CenterWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the center was created (else updated) */
    boolean write(CenterImporter.Center c) {
        record Upserted(long id, boolean created) {
        }
        Upserted upserted = jdbc.sql("""
                insert into service_center (sub_district_id, name, name_sort, tier, address, lon, lat, source_lon,
                    source_lat, source_crs, floors_above, floors_below, total_area_m2, households_served, merchants,
                    estimated, note)
                values (:sub, :name, :sort, :tier, :address, :lon, :lat, :sourceLon, :sourceLat, :crs, :above, :below,
                    :total, :households, :merchants, :estimated, :note)
                on conflict (name) do update set sub_district_id = excluded.sub_district_id,
                    name_sort = excluded.name_sort, tier = excluded.tier, address = excluded.address,
                    lon = excluded.lon, lat = excluded.lat, source_lon = excluded.source_lon,
                    source_lat = excluded.source_lat, source_crs = excluded.source_crs,
                    floors_above = excluded.floors_above, floors_below = excluded.floors_below,
                    total_area_m2 = excluded.total_area_m2, households_served = excluded.households_served,
                    merchants = excluded.merchants, estimated = excluded.estimated, note = excluded.note,
                    updated_at = now()
                returning id, (xmax = 0) as created""")
                .param("sub", c.subDistrictId()).param("name", c.name()).param("sort", Pinyin.sortKey(c.name()))
                .param("tier", c.tier()).param("address", c.address())
                .param("lon", c.position().wgs84().lon()).param("lat", c.position().wgs84().lat())
                .param("sourceLon", c.position().source().lon()).param("sourceLat", c.position().source().lat())
                .param("crs", c.position().system().name())
                .param("above", c.floorsAbove()).param("below", c.floorsBelow()).param("total", c.totalArea())
                .param("households", c.householdsServed()).param("merchants", c.merchants())
                .param("estimated", c.estimated()).param("note", c.note())
                .query((rs, n) -> new Upserted(rs.getLong("id"), rs.getBoolean("created"))).single();
        for (Map.Entry<String, BigDecimal> area : c.areas().entrySet()) {
            if (area.getValue() == null) {
                jdbc.sql("delete from center_area where center_id = :id and service_class = :class")
                        .param("id", upserted.id()).param("class", area.getKey()).update();
            } else {
                jdbc.sql("""
                        insert into center_area (center_id, service_class, area_m2) values (:id, :class, :area)
                        on conflict (center_id, service_class) do update set area_m2 = excluded.area_m2""")
                        .param("id", upserted.id()).param("class", area.getKey()).param("area", area.getValue())
                        .update();
            }
        }
        if (c.communitiesGiven()) {
            jdbc.sql("delete from center_community where center_id = :id").param("id", upserted.id()).update();
            for (Long community : c.communities()) {
                jdbc.sql("insert into center_community (center_id, community_id) values (:id, :community)")
                        .param("id", upserted.id()).param("community", community).update();
            }
        }
        return upserted.created();
    }
}
