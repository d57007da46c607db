package org.lifecircle.planning.standards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.lifecircle.atlas.ServiceClass;
import org.lifecircle.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The seeds' standard center: its composition by class of service and its basic functions. */
@Repository
class CenterStandardRepository {

    private final JdbcClient jdbc;

    CenterStandardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Government, social, daily life: the order of the seeds. */
    List<CompositionShare> composition() {
        return jdbc.sql("select * from standard_composition").query(CenterStandardRepository::share).list().stream()
                .sorted(java.util.Comparator.comparing(CompositionShare::serviceClass)).toList();
    }

    void updateComposition(ServiceClass serviceClass, CompositionForm form, Actor actor) {
        jdbc.sql("""
                        update standard_composition set area_m2 = :area, source = :source, confidence = :confidence,
                            note = :note, updated_by = :by, updated_at = now()
                        where service_class = :class""")
                .param("area", form.getAreaM2()).param("source", form.getSource())
                .param("confidence", form.getConfidence().name()).param("note", form.getNote())
                .param("by", actor.username()).param("class", serviceClass.name()).update();
    }

    List<CenterFunction> functions(boolean includeInactive) {
        return jdbc.sql("select * from standard_function where active or :inactive order by sort_order, id")
                .param("inactive", includeInactive).query(CenterStandardRepository::function).list();
    }

    Optional<CenterFunction> function(long id) {
        return jdbc.sql("select * from standard_function where id = :id").param("id", id)
                .query(CenterStandardRepository::function).optional();
    }

    void updateFunction(long id, CenterFunctionForm form, Actor actor) {
        jdbc.sql("""
                        update standard_function set name_zh = :zh, name_en = :en, service_class = :class,
                            service_codes = :codes, source = :source, confidence = :confidence, note = :note,
                            active = :active, updated_by = :by, updated_at = now()
                        where id = :id""")
                .param("zh", form.getNameZh()).param("en", form.getNameEn()).param("class", form.getServiceClass().name())
                .param("codes", ServiceCodes.join(form.codeList())).param("source", form.getSource())
                .param("confidence", form.getConfidence().name()).param("note", form.getNote())
                .param("active", form.isActive()).param("by", actor.username()).param("id", id).update();
    }

    private static CompositionShare share(ResultSet rs, int row) throws SQLException {
        return new CompositionShare(ServiceClass.valueOf(rs.getString("service_class")), rs.getBigDecimal("area_m2"),
                rs.getString("source"), Confidence.valueOf(rs.getString("confidence")), rs.getString("note"),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static CenterFunction function(ResultSet rs, int row) throws SQLException {
        return new CenterFunction(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                ServiceClass.valueOf(rs.getString("service_class")), ServiceCodes.parse(rs.getString("service_codes")),
                rs.getString("source"), Confidence.valueOf(rs.getString("confidence")), rs.getString("note"),
                rs.getInt("sort_order"), rs.getBoolean("active"), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
