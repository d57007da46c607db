package org.lifecircle.atlas.importing;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the reference data rows point at: divisions, centers, categories and their mappings. */
@Component
class AtlasLookup {

    private final JdbcClient jdbc;

    AtlasLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    NameIndex communities() {
        return index("select code, name, id from community");
    }

    NameIndex subDistricts() {
        return index("select code, name, id from sub_district");
    }

    NameIndex centers() {
        return index("select null as code, name, id from service_center");
    }

    /** Categories by code, Chinese name or English name. */
    NameIndex categories() {
        NameIndex index = new NameIndex();
        jdbc.sql("select code, name_zh, name_en, id from category where active").query((rs, n) -> {
            long id = rs.getLong("id");
            index.add(rs.getString("code"), rs.getString("name_zh"), id);
            index.add(null, rs.getString("name_en"), id);
            return id;
        }).list();
        return index;
    }

    CategoryClassifier classifier() {
        List<MappingRule> mappings = jdbc.sql("""
                select m.category_id, m.source, m.pattern, m.name_keywords from category_mapping m
                join category c on c.id = m.category_id where c.active order by m.id""")
                .query((rs, n) -> MappingRule.of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        return new CategoryClassifier(mappings);
    }

    private NameIndex index(String sql) {
        NameIndex index = new NameIndex();
        jdbc.sql(sql).query((rs, n) -> {
            index.add(rs.getString(1), rs.getString(2), rs.getLong(3));
            return null;
        }).list();
        return index;
    }
}
