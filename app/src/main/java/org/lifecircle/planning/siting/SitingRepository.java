package org.lifecircle.planning.siting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.lifecircle.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Siting runs; reads only its own table. Requests and results are stored as JSON. */
@Repository
class SitingRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SitingRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(SitingForm form, String username) {
        return jdbc.sql("insert into siting_run (status, request, created_by) values ('QUEUED', cast(:r as jsonb), :by) returning id")
                .param("r", write(form)).param("by", username).query(Long.class).single();
    }

    void progress(long id, String phase, double progress) {
        jdbc.sql("update siting_run set status = 'RUNNING', phase = :p, progress = :f where id = :id and status in ('QUEUED', 'RUNNING')")
                .param("p", phase).param("f", Math.max(0, Math.min(1, progress))).param("id", id).update();
    }

    void done(long id, SitingResult result) {
        jdbc.sql("""
                update siting_run set status = 'DONE', phase = null, progress = 1, result = cast(:r as jsonb), finished_at = now()
                where id = :id""").param("r", write(result)).param("id", id).update();
    }

    void failed(long id, String error) {
        jdbc.sql("update siting_run set status = 'FAILED', phase = null, error = :e, finished_at = now() where id = :id")
                .param("e", error.length() > 1000 ? error.substring(0, 1000) : error).param("id", id).update();
    }

    /** Runs left queued or running by a platform that stopped: they will not finish. */
    int failUnfinished(String error) {
        return jdbc.sql("update siting_run set status = 'FAILED', phase = null, error = :e, finished_at = now() "
                + "where status in ('QUEUED', 'RUNNING')").param("e", error).update();
    }

    void savedAs(long id, long scenarioId) {
        jdbc.sql("update siting_run set scenario_id = :s where id = :id").param("s", scenarioId).param("id", id).update();
    }

    Optional<SitingRun> find(long id) {
        return jdbc.sql("select * from siting_run where id = :id").param("id", id).query(this::row).optional();
    }

    Paged<SitingRun> page(Paged.Request request) {
        long total = jdbc.sql("select count(*) from siting_run").query(Long.class).single();
        List<SitingRun> items = jdbc.sql("select * from siting_run order by created_at desc, id desc limit :l offset :o")
                .param("l", request.size()).param("o", request.offset()).query(this::row).list();
        return new Paged<>(items, request.page(), request.size(), total);
    }

    private SitingRun row(ResultSet rs, int n) throws SQLException {
        String result = rs.getString("result");
        Long scenario = rs.getObject("scenario_id", Long.class);
        return new SitingRun(rs.getLong("id"), SitingRun.Status.valueOf(rs.getString("status")), rs.getString("phase"),
                rs.getDouble("progress"), read(rs.getString("request"), SitingForm.class),
                result == null ? null : read(result, SitingResult.class), rs.getString("error"),
                scenario, rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
