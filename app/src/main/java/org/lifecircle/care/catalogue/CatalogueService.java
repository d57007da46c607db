package org.lifecircle.care.catalogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lifecircle.care.caregiver.Skill;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service catalogue (table {@code care_service}), seeded by the migration, edited by district administrators. */
@Service
public class CatalogueService {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CatalogueService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<ServiceType> all() {
        return jdbc.sql("select * from care_service order by sort_order, code").query(CatalogueService::type).list();
    }

    /** Each service's name in the reader's language by code, in catalogue order (for pages that show codes). */
    public Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(s -> names.put(s.code(), s.name(locale)));
        return names;
    }

    public ServiceType get(String code) {
        return jdbc.sql("select * from care_service where code = :code").param("code", code)
                .query(CatalogueService::type).optional().orElseThrow(() -> new NotFoundException("care.service", code));
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from care_service where code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    @Transactional
    public ServiceType update(Actor actor, String code, ServiceTypeForm form) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("only district administrators edit the care catalogue");
        }
        ServiceType before = get(code);
        jdbc.sql("""
                update care_service set name_zh = :zh, name_en = :en, duration_minutes = :minutes,
                    required_skills = :skills::varchar[], active = :active, updated_at = now() where code = :code""")
                .param("zh", form.getNameZh().strip()).param("en", form.getNameEn().strip())
                .param("minutes", form.getDurationMinutes())
                .param("skills", "{" + String.join(",", form.getRequiredSkills().stream().distinct().map(Skill::name).toList()) + "}")
                .param("active", form.isActive()).param("code", code).update();
        ServiceType after = get(code);
        audit.record(actor, "care.service.updated", "care_service", code,
                before.nameZh() + ": " + before.durationMinutes() + " → " + after.durationMinutes() + " min, "
                        + before.requiredSkills() + " → " + after.requiredSkills());
        return after;
    }

    private static ServiceType type(ResultSet rs, int row) throws SQLException {
        return new ServiceType(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getInt("duration_minutes"), skills(rs.getArray("required_skills")), rs.getInt("sort_order"),
                rs.getBoolean("active"));
    }

    static List<Skill> skills(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).map(Skill::valueOf).toList();
    }
}
