package org.lifecircle.directory.errands;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ErrandRepository {

    private static final String SELECT = """
            select id, community_id, center_id, title, place, materials, hours, phone, note, example, sort_order
            from errand_guide""";

    private final JdbcClient jdbc;

    ErrandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** District-wide guides and, when given, the community's own; in the staff's order, then by pinyin. */
    List<Errand> forCommunity(Long communityId) {
        return jdbc.sql(SELECT + " where community_id is null or community_id = :c order by sort_order, title_sort, id")
                .param("c", communityId).query(Errand.class).list();
    }

    List<Errand> all() {
        return jdbc.sql(SELECT + " order by community_id nulls first, sort_order, title_sort, id").query(Errand.class).list();
    }

    Optional<Errand> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Errand.class).optional();
    }

    long insert(ErrandForm form) {
        return jdbc.sql("""
                insert into errand_guide (community_id, center_id, title, title_sort, place, materials, hours, phone,
                    note, example, sort_order)
                values (:community, :center, :title, :sort, :place, :materials, :hours, :phone, :note, :example, :order)
                returning id""").params(params(form)).query(Long.class).single();
    }

    void update(long id, ErrandForm form) {
        jdbc.sql("""
                update errand_guide set community_id = :community, center_id = :center, title = :title,
                    title_sort = :sort, place = :place, materials = :materials, hours = :hours, phone = :phone,
                    note = :note, example = :example, sort_order = :order, updated_at = now()
                where id = :id""").params(params(form)).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from errand_guide where id = :id").param("id", id).update();
    }

    private static Map<String, Object> params(ErrandForm f) {
        Map<String, Object> p = new HashMap<>();
        p.put("community", f.getCommunityId());
        p.put("center", f.getCenterId());
        p.put("title", f.getTitle());
        p.put("sort", Pinyin.sortKey(f.getTitle()));
        p.put("place", f.getPlace());
        p.put("materials", f.getMaterials());
        p.put("hours", f.getHours());
        p.put("phone", f.getPhone());
        p.put("note", f.getNote());
        p.put("example", f.isExample());
        p.put("order", f.getSortOrder());
        return p;
    }
}
