package org.lifecircle.planning.standards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifecircle.identity.Actor;
import org.lifecircle.planning.standards.RequirementVersion.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The standards table and the history of its rows (every version kept, never edited). */
@Repository
class RequirementRepository {

    private static final Comparator<Requirement> TABLE_ORDER = Comparator.comparing(Requirement::tier)
            .thenComparingInt(Requirement::sortOrder).thenComparingLong(Requirement::id);

    private final JdbcClient jdbc;

    RequirementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows by tier (15, 10, 5 minutes, block), then in the table's order. */
    List<Requirement> find(StandardTier tier, boolean includeInactive) {
        return jdbc.sql("""
                        select * from standard_requirement
                        where (cast(:tier as varchar) is null or tier = :tier) and (active or :inactive)""")
                .param("tier", tier == null ? null : tier.name()).param("inactive", includeInactive)
                .query(RequirementRepository::requirement).list().stream().sorted(TABLE_ORDER).toList();
    }

    Optional<Requirement> findById(long id) {
        return jdbc.sql("select * from standard_requirement where id = :id").param("id", id)
                .query(RequirementRepository::requirement).optional();
    }

    /** A new row at the end of its tier. */
    long insert(RequirementForm form, Actor actor) {
        return jdbc.sql("""
                        insert into standard_requirement (tier, name_zh, name_en, service_codes, required, minutes, metres,
                            source, confidence, note, active, sort_order, updated_by)
                        values (:tier, :zh, :en, :codes, :required, :minutes, :metres, :source, :confidence, :note, :active,
                            (select coalesce(max(sort_order), 0) + 10 from standard_requirement where tier = :tier), :by)
                        returning id""")
                .params(values(form)).param("by", actor.username()).query(Long.class).single();
    }

    void update(long id, RequirementForm form, Actor actor) {
        jdbc.sql("""
                        update standard_requirement set tier = :tier, name_zh = :zh, name_en = :en, service_codes = :codes,
                            required = :required, minutes = :minutes, metres = :metres, source = :source,
                            confidence = :confidence, note = :note, active = :active, version = version + 1,
                            updated_by = :by, updated_at = now()
                        where id = :id""")
                .params(values(form)).param("by", actor.username()).param("id", id).update();
    }

    /** Keeps the row as it is now as its latest version. */
    void snapshot(long id, Change change) {
        jdbc.sql("""
                        insert into standard_requirement_version (requirement_id, version, change, tier, name_zh, name_en,
                            service_codes, required, minutes, metres, source, confidence, note, active, changed_by, changed_at)
                        select id, version, :change, tier, name_zh, name_en, service_codes, required, minutes, metres,
                            source, confidence, note, active, updated_by, updated_at
                        from standard_requirement where id = :id""")
                .param("change", change.name()).param("id", id).update();
    }

    List<RequirementVersion> versions(long id) {
        return jdbc.sql("""
                        select requirement_id as id, tier, name_zh, name_en, service_codes, required, minutes, metres,
                            source, confidence, note, 0 as sort_order, active, version, change,
                            changed_by as updated_by, changed_at as updated_at
                        from standard_requirement_version where requirement_id = :id order by version""")
                .param("id", id)
                .query((rs, n) -> {
                    Requirement row = requirement(rs, n);
                    return new RequirementVersion(row.version(), Change.valueOf(rs.getString("change")), row,
                            row.updatedBy(), row.updatedAt());
                })
                .list();
    }

    private static Map<String, Object> values(RequirementForm form) {
        Map<String, Object> values = new HashMap<>();
        values.put("tier", form.getTier().name());
        values.put("zh", form.getNameZh());
        values.put("en", form.getNameEn());
        values.put("codes", ServiceCodes.join(form.codeList()));
        values.put("required", form.isRequired());
        values.put("minutes", form.effectiveMinutes());
        values.put("metres", form.getMetres());
        values.put("source", form.getSource());
        values.put("confidence", form.getConfidence().name());
        values.put("note", form.getNote());
        values.put("active", form.isActive());
        return values;
    }

    private static Requirement requirement(ResultSet rs, int row) throws SQLException {
        return new Requirement(rs.getLong("id"), StandardTier.valueOf(rs.getString("tier")), rs.getString("name_zh"),
                rs.getString("name_en"), ServiceCodes.parse(rs.getString("service_codes")), rs.getBoolean("required"),
                rs.getInt("minutes"), (Integer) rs.getObject("metres"), rs.getString("source"),
                Confidence.valueOf(rs.getString("confidence")), rs.getString("note"), rs.getInt("sort_order"),
                rs.getBoolean("active"), rs.getInt("version"), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
