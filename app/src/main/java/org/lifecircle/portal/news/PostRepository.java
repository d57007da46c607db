package org.lifecircle.portal.news;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.lifecircle.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PostRepository {

    private static final String SELECT = """
            select id, community_id, kind, title, summary, body_html, status, pinned, published_at, author,
                   created_at, updated_at from portal_post""";
    /** Pinned notices first, then the newest. */
    private static final String ORDER = " order by pinned desc, published_at desc nulls first, id desc";

    private final JdbcClient jdbc;

    PostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Post> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Post.class).optional();
    }

    Paged<Post> published(long community, OffsetDateTime now, Paged.Request page) {
        String where = " where community_id = :c and status = 'PUBLISHED' and published_at <= :now";
        long total = jdbc.sql("select count(*) from portal_post" + where).param("c", community).param("now", now)
                .query(Long.class).single();
        List<Post> items = jdbc.sql(SELECT + where + ORDER + " limit :limit offset :offset")
                .param("c", community).param("now", now).param("limit", page.size()).param("offset", page.offset())
                .query(Post.class).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** Every post of the community, drafts too, for its staff. */
    List<Post> all(long community) {
        return jdbc.sql(SELECT + " where community_id = :c" + ORDER).param("c", community).query(Post.class).list();
    }

    long insert(long community, PostForm form, String body, OffsetDateTime publishedAt, String author) {
        return jdbc.sql("""
                insert into portal_post (community_id, kind, title, summary, body_html, status, pinned, published_at, author)
                values (:c, :kind, :title, :summary, :body, :status, :pinned, :at, :author) returning id""")
                .param("c", community).param("kind", form.getKind().name()).param("title", form.getTitle().strip())
                .param("summary", blankToNull(form.getSummary())).param("body", body)
                .param("status", form.getStatus().name()).param("pinned", form.isPinned()).param("at", publishedAt)
                .param("author", author).query(Long.class).single();
    }

    void update(long id, PostForm form, String body, OffsetDateTime publishedAt) {
        jdbc.sql("""
                update portal_post set kind = :kind, title = :title, summary = :summary, body_html = :body,
                       status = :status, pinned = :pinned, published_at = :at, updated_at = now() where id = :id""")
                .param("kind", form.getKind().name()).param("title", form.getTitle().strip())
                .param("summary", blankToNull(form.getSummary())).param("body", body)
                .param("status", form.getStatus().name()).param("pinned", form.isPinned()).param("at", publishedAt)
                .param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from portal_post where id = :id").param("id", id).update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
