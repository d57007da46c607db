package org.lifecircle.directory.handbook;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EditionRepository {

    private static final String SELECT = """
            select id, community_id, number, format, generated_at, generated_by, merchant_count, directory_stamp,
                   octet_length(pdf) as bytes
            from handbook_edition""";

    private final JdbcClient jdbc;

    EditionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<Edition> of(long communityId) {
        return jdbc.sql(SELECT + " where community_id = :c order by number desc").param("c", communityId)
                .query(Edition.class).list();
    }

    Optional<Edition> find(long communityId, int number) {
        return jdbc.sql(SELECT + " where community_id = :c and number = :n").param("c", communityId).param("n", number)
                .query(Edition.class).optional();
    }

    Optional<byte[]> pdf(long id) {
        return jdbc.sql("select pdf from handbook_edition where id = :id").param("id", id).query(byte[].class).optional();
    }

    int nextNumber(long communityId) {
        // a lock per community for the rest of the transaction: two staff regenerating at once get two numbers
        jdbc.sql("select pg_advisory_xact_lock(hashtext('handbook_edition'), cast(:c as int))")
                .param("c", (int) communityId).query(Object.class).list();
        return jdbc.sql("select coalesce(max(number), 0) + 1 from handbook_edition where community_id = :c")
                .param("c", communityId).query(Integer.class).single();
    }

    long insert(long communityId, int number, PaperFormat format, String by, int merchants, String stamp, byte[] pdf) {
        return jdbc.sql("""
                insert into handbook_edition (community_id, number, format, generated_by, merchant_count, directory_stamp, pdf)
                values (:c, :n, :f, :by, :m, :s, :pdf) returning id""")
                .param("c", communityId).param("n", number).param("f", format.name()).param("by", by)
                .param("m", merchants).param("s", stamp).param("pdf", pdf).query(Long.class).single();
    }
}
