package org.lifecircle.care.station;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The care_station table. The community's name is not read here (atlas' table): the service adds it. */
@Repository
class StationRepository {

    private static final String SELECT = "select s.* from care_station s";

    private final JdbcClient jdbc;

    StationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CareStation> find(Long communityId) {
        return jdbc.sql(SELECT + " where (cast(:community as bigint) is null or s.community_id = :community) order by s.name_sort")
                .param("community", communityId).query(StationRepository::station).list();
    }

    Optional<CareStation> get(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(StationRepository::station).optional();
    }

    long insert(StationForm form, double[] wgs84) {
        return params(jdbc.sql("""
                insert into care_station (community_id, name, name_sort, name_initials, address, lon, lat, source_lon,
                    source_lat, source_crs, day_care_capacity, opening_hours, services, health_center_name,
                    health_center_phone, health_center_facility_id)
                values (:community, :name, :sort, :initials, :address, :lon, :lat, :sourceLon, :sourceLat, :crs,
                    :capacity, :hours, :services::varchar[], :hcName, :hcPhone, :hcFacility) returning id"""), form, wgs84)
                .query(Long.class).single();
    }

    void update(long id, StationForm form, double[] wgs84) {
        params(jdbc.sql("""
                update care_station set community_id = :community, name = :name, name_sort = :sort,
                    name_initials = :initials, address = :address, lon = :lon, lat = :lat, source_lon = :sourceLon,
                    source_lat = :sourceLat, source_crs = :crs, day_care_capacity = :capacity, opening_hours = :hours,
                    services = :services::varchar[], health_center_name = :hcName, health_center_phone = :hcPhone,
                    health_center_facility_id = :hcFacility, updated_at = now()
                where id = :id"""), form, wgs84).param("id", id).update();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, StationForm form, double[] wgs84) {
        String name = form.getName().strip();
        return sql.param("community", form.getCommunityId()).param("name", name)
                .param("sort", Pinyin.sortKey(name)).param("initials", Pinyin.initials(name))
                .param("address", blankToNull(form.getAddress()))
                .param("lon", wgs84[0]).param("lat", wgs84[1])
                .param("sourceLon", form.getLon()).param("sourceLat", form.getLat()).param("crs", form.getCrs())
                .param("capacity", form.getDayCareCapacity()).param("hours", blankToNull(form.getOpeningHours()))
                .param("services", "{" + String.join(",", form.getServices().stream().distinct().toList()) + "}")
                .param("hcName", blankToNull(form.getHealthCenterName()))
                .param("hcPhone", blankToNull(form.getHealthCenterPhone()))
                .param("hcFacility", form.getHealthCenterFacilityId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static CareStation station(ResultSet rs, int row) throws SQLException {
        return new CareStation(rs.getLong("id"), rs.getLong("community_id"), null,
                rs.getString("name"), rs.getString("address"), rs.getDouble("lon"), rs.getDouble("lat"),
                rs.getDouble("source_lon"), rs.getDouble("source_lat"), rs.getString("source_crs"),
                rs.getInt("day_care_capacity"), rs.getString("opening_hours"), codes(rs.getArray("services")),
                new CareStation.HealthCenter(rs.getString("health_center_name"), rs.getString("health_center_phone"),
                        rs.getObject("health_center_facility_id", Long.class)));
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
