package org.lifecircle.programme.buildout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifecircle.identity.Actor;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Planned centers and their status history. Sub-district names are the atlas' business: the
 * service adds them, this repository reads only the programme's own tables.
 */
@Repository
class PlannedCenterRepository {

    /** Phase, then the furthest along first, then pinyin. */
    private static final String ORDER = " order by p.phase, case p.status when 'OPEN' then 0 when 'PREPARING' then 1"
            + " when 'UNDER_CONSTRUCTION' then 2 else 3 end, p.name_sort";

    private final JdbcClient jdbc;

    PlannedCenterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlannedCenter> find(ProgrammeFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("phase", filter.phase());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("s", filter.subDistrictId());
        return query(" where (cast(:phase as integer) is null or p.phase = :phase)"
                + " and (cast(:status as varchar) is null or p.status = :status)"
                + " and (cast(:s as bigint) is null or p.sub_district_id = :s)", params);
    }

    Optional<PlannedCenter> findById(long id) {
        return query(" where p.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The centers with their histories, in two queries whatever their number. */
    private List<PlannedCenter> query(String where, Map<String, Object> params) {
        Map<Long, List<StatusChange>> histories = new HashMap<>();
        jdbc.sql("""
                select h.* from planned_center_status h where h.planned_center_id in (select p.id from planned_center p"""
                        + where + ") order by h.effective_on, h.id")
                .params(params)
                .query((rs, n) -> histories.computeIfAbsent(rs.getLong("planned_center_id"), k -> new ArrayList<>())
                        .add(change(rs))).list();
        return jdbc.sql("select p.* from planned_center p" + where + ORDER).params(params)
                .query((rs, n) -> map(rs, histories.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select count(*) from planned_center where name = :n and id <> coalesce(:id, -1)")
                .param("n", name).param("id", exceptId).query(Long.class).single() > 0;
    }

    /** Whether another planned center is linked to this registry center already. */
    boolean centerLinked(long centerId, Long exceptId) {
        return jdbc.sql("select count(*) from planned_center where center_id = :c and id <> coalesce(:id, -1)")
                .param("c", centerId).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(PlannedCenterForm form, double[] wgs84) {
        return jdbc.sql("""
                insert into planned_center (name, name_sort, phase, sub_district_id, status, address, lon, lat,
                    source_lon, source_lat, source_crs, floor_area_m2, sited_on, construction_started_on,
                    preparation_started_on, planned_opening_on, opened_on, center_id, estimated, note)
                values (:name, :nameSort, :phase, :subDistrictId, :status, :address, :lon, :lat, :sourceLon,
                    :sourceLat, :crs, :area, :sited, :construction, :preparation, :planned, :opened, :centerId,
                    :estimated, :note)
                returning id""")
                .params(params(form, wgs84)).query(Long.class).single();
    }

    void update(long id, PlannedCenterForm form, double[] wgs84) {
        jdbc.sql("""
                update planned_center set name = :name, name_sort = :nameSort, phase = :phase,
                    sub_district_id = :subDistrictId, address = :address, lon = :lon, lat = :lat,
                    source_lon = :sourceLon, source_lat = :sourceLat, source_crs = :crs, floor_area_m2 = :area,
                    sited_on = :sited, construction_started_on = :construction,
                    preparation_started_on = :preparation, planned_opening_on = :planned, opened_on = :opened,
                    center_id = :centerId, estimated = :estimated, note = :note, updated_at = now()
                where id = :id""")
                .params(params(form, wgs84)).param("id", id).update();
    }

    /** A new status with the dates it leaves, and its history entry. */
    void changeStatus(long id, BuildStatus status, KeyDates dates, Actor actor, LocalDate on, String note) {
        jdbc.sql("""
                update planned_center set status = :status, sited_on = :sited, construction_started_on = :construction,
                    preparation_started_on = :preparation, opened_on = :opened, updated_at = now()
                where id = :id""")
                .param("status", status.name()).param("sited", dates.sitedOn())
                .param("construction", dates.constructionStartedOn())
                .param("preparation", dates.preparationStartedOn()).param("opened", dates.openedOn())
                .param("id", id).update();
        addHistory(id, status, on, actor, note);
    }

    void addHistory(long id, BuildStatus status, LocalDate on, Actor actor, String note) {
        jdbc.sql("""
                insert into planned_center_status (planned_center_id, status, effective_on, actor, note)
                values (:id, :status, :on, :actor, :note)""")
                .param("id", id).param("status", status.name()).param("on", on).param("actor", actor.username())
                .param("note", note).update();
    }

    void linkCenter(long id, long centerId) {
        jdbc.sql("update planned_center set center_id = :c, updated_at = now() where id = :id")
                .param("c", centerId).param("id", id).update();
    }

    private static Map<String, Object> params(PlannedCenterForm f, double[] wgs84) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", f.getName());
        p.put("nameSort", Pinyin.sortKey(f.getName()));
        p.put("phase", f.getPhase());
        p.put("subDistrictId", f.getSubDistrictId());
        p.put("status", f.getStatus().name());
        p.put("address", f.getAddress());
        p.put("lon", wgs84 == null ? null : wgs84[0]);
        p.put("lat", wgs84 == null ? null : wgs84[1]);
        p.put("sourceLon", wgs84 == null ? null : f.getLon());
        p.put("sourceLat", wgs84 == null ? null : f.getLat());
        p.put("crs", wgs84 == null ? null : f.getCrs());
        p.put("area", f.getFloorAreaM2());
        p.put("sited", f.getSitedOn());
        p.put("construction", f.getConstructionStartedOn());
        p.put("preparation", f.getPreparationStartedOn());
        p.put("planned", f.getPlannedOpeningOn());
        p.put("opened", f.getOpenedOn());
        p.put("centerId", f.getCenterId());
        p.put("estimated", f.isEstimated());
        p.put("note", f.getNote());
        return p;
    }

    private static StatusChange change(ResultSet rs) throws SQLException {
        return new StatusChange(BuildStatus.valueOf(rs.getString("status")), date(rs, "effective_on"),
                rs.getString("actor"), rs.getString("note"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }

    private static PlannedCenter map(ResultSet rs, List<StatusChange> history) throws SQLException {
        return new PlannedCenter(rs.getLong("id"), rs.getString("name"), rs.getInt("phase"),
                rs.getLong("sub_district_id"), null, BuildStatus.valueOf(rs.getString("status")),
                rs.getString("address"), (Double) rs.getObject("lon"), (Double) rs.getObject("lat"),
                (Double) rs.getObject("source_lon"), (Double) rs.getObject("source_lat"), rs.getString("source_crs"),
                rs.getBigDecimal("floor_area_m2"), date(rs, "sited_on"), date(rs, "construction_started_on"),
                date(rs, "preparation_started_on"), date(rs, "planned_opening_on"), date(rs, "opened_on"),
                (Long) rs.getObject("center_id"), rs.getBoolean("estimated"), rs.getString("note"), history);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
