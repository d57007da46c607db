package org.lifecircle.atlas.importing;

import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds a facility by its import key and inserts or updates it. */
@Component
class FacilityWriter {

    private final JdbcClient jdbc;

    FacilityWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Existing(long id, Long centerId, Long communityId) {
    }

    /** The key within one file: external source + id, else name + address. */
    static String key(FacilityImporter.Facility f) {
        return f.externalSource() != null ? "x\n" + f.externalSource() + "\n" + f.externalId()
                : "n\n" + NameIndex.normal(f.name()) + "\n" + (f.address() == null ? "" : NameIndex.normal(f.address()));
    }

    Existing find(FacilityImporter.Facility f) {
        String sql = f.externalSource() != null
                ? "select id, center_id, community_id from facility where external_source = :source and external_id = :xid"
                : """
                  select id, center_id, community_id from facility where name = :name
                  and address is not distinct from :address order by id limit 1""";
        return jdbc.sql(sql).param("source", f.externalSource()).param("xid", f.externalId())
                .param("name", f.name()).param("address", f.address())
                .query((rs, n) -> new Existing(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        (Long) rs.getObject(3, Long.class)))
                .optional().orElse(null);
    }

    /** @return whether the facility was created (else updated) */
    boolean write(FacilityImporter.Facility f) {
        Existing existing = find(f);
        String sql = existing == null ? """
                insert into facility (name, name_sort, name_initials, category_id, address, lon, lat, source_lon,
                    source_lat, source_crs, business_scope, phone, opening_hours, center_id, community_id, subsidised,
                    government_run, elder_friendly, floor_area_m2, external_source, external_id, estimated)
                values (:name, :sort, :initials, :category, :address, :lon, :lat, :sourceLon, :sourceLat, :crs, :scope,
                    :phone, :hours, :center, :community, :subsidised, :government, :elder, :area, :source, :xid,
                    :estimated)"""
                : """
                update facility set name = :name, name_sort = :sort, name_initials = :initials, category_id = :category,
                    address = :address, lon = :lon, lat = :lat, source_lon = :sourceLon, source_lat = :sourceLat,
                    source_crs = :crs, business_scope = :scope, phone = :phone, opening_hours = :hours,
                    center_id = :center, community_id = :community, subsidised = :subsidised,
                    government_run = :government, elder_friendly = :elder, floor_area_m2 = :area,
                    external_source = :source, external_id = :xid, estimated = :estimated, updated_at = now()
                where id = :id""";
        jdbc.sql(sql).param("id", existing == null ? null : existing.id())
                .param("name", f.name()).param("sort", Pinyin.sortKey(f.name())).param("initials", Pinyin.initials(f.name()))
                .param("category", f.categoryId()).param("address", f.address())
                .param("lon", f.position().wgs84().lon()).param("lat", f.position().wgs84().lat())
                .param("sourceLon", f.position().source().lon()).param("sourceLat", f.position().source().lat())
                .param("crs", f.position().system().name()).param("scope", f.businessScope())
                .param("phone", f.phone()).param("hours", f.openingHours())
                .param("center", f.centerId()).param("community", f.communityId())
                .param("subsidised", f.subsidised()).param("government", f.governmentRun())
                .param("elder", f.elderFriendly()).param("area", f.floorArea())
                .param("source", f.externalSource()).param("xid", f.externalId()).param("estimated", f.estimated())
                .update();
        return existing == null;
    }
}
