package org.lifecircle.planning.areas;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AreaKindRepository {

    private final JdbcClient jdbc;

    AreaKindRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Centers with a recorded kind; the others serve residential areas. */
    Map<Long, AreaKind> all() {
        Map<Long, AreaKind> kinds = new HashMap<>();
        jdbc.sql("select center_id, area_kind from center_area_kind")
                .query((rs, n) -> kinds.put(rs.getLong(1), AreaKind.valueOf(rs.getString(2)))).list();
        return kinds;
    }

    void set(long centerId, AreaKind kind, String by) {
        jdbc.sql("""
                insert into center_area_kind (center_id, area_kind, updated_by) values (:c, :k, :by)
                on conflict (center_id) do update set area_kind = :k, updated_by = :by, updated_at = now()""")
                .param("c", centerId).param("k", kind.name()).param("by", by).update();
    }
}
