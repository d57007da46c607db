package org.lifecircle.atlas.division;

import java.util.List;

import org.lifecircle.identity.ScopeDirectory;
import org.lifecircle.identity.ScopeOption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets the account pages offer communities and centers by name when scoping staff accounts. */
@Component
class AtlasScopeDirectory implements ScopeDirectory {

    private final JdbcClient jdbc;

    AtlasScopeDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ScopeOption> communities() {
        return jdbc.sql("""
                select m.id, s.name || ' · ' || m.name as name from community m
                join sub_district s on s.id = m.sub_district_id order by s.name_sort, m.name_sort""")
                .query(ScopeOption.class).list();
    }

    @Override
    public List<ScopeOption> centers() {
        return jdbc.sql("select id, name from service_center order by tier, name_sort").query(ScopeOption.class).list();
    }
}
