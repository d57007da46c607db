package org.lifecircle.atlas.category;

import java.util.List;

import org.lifecircle.atlas.Scope;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category catalogue and its POI crosswalk. Categories are data: planners add kinds of
 * service, rename them, retire them, and correct how OSM and AMap points are classified.
 */
@Service
public class CategoryService {

    private static final String SELECT = """
            select c.id, c.code, c.parent_id, c.name_zh, c.name_en, c.service_class, c.sort_order, c.active,
                   (select count(*) from facility f where f.category_id = c.id) as facilities
            from category c
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CategoryService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Groups in handbook order, each followed by its kinds. */
    public List<Category> catalogue() {
        return jdbc.sql(SELECT + """
                left join category p on p.id = c.parent_id
                order by coalesce(p.sort_order, c.sort_order), c.parent_id nulls first, c.sort_order, c.code""")
                .query(Category.class).list();
    }

    public Category get(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Category.class).optional()
                .orElseThrow(() -> new NotFoundException("atlas.category", id));
    }

    public List<CategoryMapping> mappings(long categoryId) {
        get(categoryId);
        return jdbc.sql("select * from category_mapping where category_id = :id order by source, pattern")
                .param("id", categoryId).query(CategoryMapping.class).list();
    }

    @Transactional
    public Category create(Actor actor, CategoryForm form) {
        Scope.require(actor.canManageDistrict(), "create category");
        checkParent(form.parentId(), null);
        if (jdbc.sql("select count(*) from category where code = :code").param("code", form.code()).query(Long.class).single() > 0) {
            throw new InvalidInputException("code", "atlas.category.codeTaken", form.code());
        }
        long id = jdbc.sql("""
                insert into category (code, parent_id, name_zh, name_en, service_class, sort_order, active)
                values (:code, :parent, :zh, :en, :class, :sort, :active) returning id""")
                .param("code", form.code()).param("parent", form.parentId()).param("zh", form.nameZh())
                .param("en", form.nameEn()).param("class", form.serviceClass() == null ? null : form.serviceClass().name())
                .param("sort", form.sortOrder()).param("active", form.active())
                .query(Long.class).single();
        audit.record(actor, "atlas.category.created", "category", id, form.code() + " " + form.nameZh());
        return get(id);
    }

    /** Renames, re-files or retires a category; its code stays, facilities keep pointing at it. */
    @Transactional
    public Category update(Actor actor, long id, CategoryForm form) {
        Scope.require(actor.canManageDistrict(), "update category");
        Category existing = get(id);
        checkParent(form.parentId(), id);
        jdbc.sql("""
                update category set parent_id = :parent, name_zh = :zh, name_en = :en, service_class = :class,
                       sort_order = :sort, active = :active where id = :id""")
                .param("parent", form.parentId()).param("zh", form.nameZh()).param("en", form.nameEn())
                .param("class", form.serviceClass() == null ? null : form.serviceClass().name())
                .param("sort", form.sortOrder()).param("active", form.active()).param("id", id)
                .update();
        audit.record(actor, "atlas.category.updated", "category", id, existing.nameZh() + " → " + form.nameZh());
        return get(id);
    }

    @Transactional
    public CategoryMapping addMapping(Actor actor, long categoryId, MappingForm form) {
        Scope.require(actor.canManageDistrict(), "add category mapping");
        get(categoryId);
        if (!form.patternFitsSource()) {
            throw new InvalidInputException("pattern", "atlas.mapping.badPattern", form.pattern(), form.source());
        }
        long id = jdbc.sql("""
                insert into category_mapping (category_id, source, pattern, name_keywords, note)
                values (:c, :s, :p, :k, :n) returning id""")
                .param("c", categoryId).param("s", form.source()).param("p", form.pattern())
                .param("k", form.nameKeywords() == null || form.nameKeywords().isBlank() ? null : form.nameKeywords())
                .param("n", form.note()).query(Long.class).single();
        audit.record(actor, "atlas.mapping.created", "category_mapping", id, form.source() + " " + form.pattern());
        return jdbc.sql("select * from category_mapping where id = :id").param("id", id).query(CategoryMapping.class).single();
    }

    @Transactional
    public void deleteMapping(Actor actor, long mappingId) {
        Scope.require(actor.canManageDistrict(), "delete category mapping");
        int deleted = jdbc.sql("delete from category_mapping where id = :id").param("id", mappingId).update();
        if (deleted == 0) {
            throw new NotFoundException("atlas.mapping", mappingId);
        }
        audit.record(actor, "atlas.mapping.deleted", "category_mapping", mappingId, null);
    }

    /** Two levels only: a parent must be a group, and a category cannot be its own parent. */
    private void checkParent(Long parentId, Long selfId) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(selfId)) {
            throw new InvalidInputException("parentId", "atlas.category.badParent", parentId);
        }
        Category parent = jdbc.sql(SELECT + " where c.id = :id").param("id", parentId).query(Category.class).optional()
                .orElseThrow(() -> new InvalidInputException("parentId", "atlas.category.missing", parentId));
        if (!parent.isGroup()) {
            throw new InvalidInputException("parentId", "atlas.category.badParent", parentId);
        }
    }
}
