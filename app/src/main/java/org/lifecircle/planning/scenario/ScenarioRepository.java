package org.lifecircle.planning.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifecircle.identity.Actor;
import org.lifecircle.planning.scenario.ScenarioChange.Action;
import org.lifecircle.planning.scenario.ScenarioChange.Target;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scenarios and their changes; reads only its own two tables. */
@Repository
class ScenarioRepository {

    private final JdbcClient jdbc;

    ScenarioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every scenario, most recently changed first. */
    List<Scenario> findAll() {
        return query("", Map.of());
    }

    Optional<Scenario> findById(long id) {
        return query(" where s.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The scenarios with their changes, in two queries whatever their number. */
    private List<Scenario> query(String where, Map<String, Object> params) {
        Map<Long, List<ScenarioChange>> changes = new HashMap<>();
        jdbc.sql("select c.* from scenario_change c where c.scenario_id in (select s.id from scenario s" + where
                        + ") order by c.scenario_id, c.seq")
                .params(params)
                .query((rs, n) -> changes.computeIfAbsent(rs.getLong("scenario_id"), k -> new ArrayList<>()).add(change(rs)))
                .list();
        return jdbc.sql("select s.* from scenario s" + where + " order by s.updated_at desc, s.id desc").params(params)
                .query((rs, n) -> new Scenario(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                        rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
                        List.copyOf(changes.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select count(*) from scenario where name = :n and id <> coalesce(:id, -1)")
                .param("n", name).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(ScenarioForm form, Actor actor) {
        return jdbc.sql("insert into scenario (name, description, created_by) values (:n, :d, :by) returning id")
                .param("n", form.getName()).param("d", form.getDescription()).param("by", actor.username())
                .query(Long.class).single();
    }

    void update(long id, ScenarioForm form) {
        jdbc.sql("update scenario set name = :n, description = :d, updated_at = now() where id = :id")
                .param("n", form.getName()).param("d", form.getDescription()).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from scenario where id = :id").param("id", id).update();
    }

    /** Appends a change after the scenario's last one; the scenario's row is locked so two appends cannot collide. */
    long addChange(long scenarioId, ScenarioChange c, Actor actor) {
        touch(scenarioId);
        return jdbc.sql("""
                insert into scenario_change (scenario_id, seq, action, target, kind, name, target_id, lon, lat,
                    source_lon, source_lat, source_crs, created_by)
                select :scenario, coalesce(max(seq), 0) + 1, :action, :target, :kind, :name, :targetId, :lon, :lat,
                    :sourceLon, :sourceLat, :crs, :by
                from scenario_change where scenario_id = :scenario
                returning id""")
                .params(params(c)).param("scenario", scenarioId).param("by", actor.username())
                .query(Long.class).single();
    }

    /** Replaces a change's values, keeping its place in the order. */
    void updateChange(long scenarioId, long changeId, ScenarioChange c) {
        touch(scenarioId);
        jdbc.sql("""
                update scenario_change set action = :action, target = :target, kind = :kind, name = :name,
                    target_id = :targetId, lon = :lon, lat = :lat, source_lon = :sourceLon, source_lat = :sourceLat,
                    source_crs = :crs
                where id = :id and scenario_id = :scenario""")
                .params(params(c)).param("id", changeId).param("scenario", scenarioId).update();
    }

    void deleteChange(long scenarioId, long changeId) {
        touch(scenarioId);
        jdbc.sql("delete from scenario_change where id = :id and scenario_id = :scenario")
                .param("id", changeId).param("scenario", scenarioId).update();
    }

    private void touch(long scenarioId) {
        jdbc.sql("update scenario set updated_at = now() where id = :id").param("id", scenarioId).update();
    }

    private static Map<String, Object> params(ScenarioChange c) {
        Map<String, Object> p = new HashMap<>();
        p.put("action", c.action().name());
        p.put("target", c.target().name());
        p.put("kind", c.kind());
        p.put("name", c.name());
        p.put("targetId", c.targetId());
        p.put("lon", c.lon());
        p.put("lat", c.lat());
        p.put("sourceLon", c.sourceLon());
        p.put("sourceLat", c.sourceLat());
        p.put("crs", c.sourceCrs());
        return p;
    }

    private static ScenarioChange change(ResultSet rs) throws SQLException {
        return new ScenarioChange(rs.getLong("id"), rs.getInt("seq"), Action.valueOf(rs.getString("action")),
                Target.valueOf(rs.getString("target")), rs.getString("kind"), rs.getString("name"),
                (Long) rs.getObject("target_id"), (Double) rs.getObject("lon"), (Double) rs.getObject("lat"),
                (Double) rs.getObject("source_lon"), (Double) rs.getObject("source_lat"), rs.getString("source_crs"),
                rs.getString("created_by"), instant(rs, "created_at"), null, null, null, null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
