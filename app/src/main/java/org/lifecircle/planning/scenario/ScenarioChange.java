package org.lifecircle.planning.scenario;

import java.time.Instant;

/**
 * One change of a scenario, applied in {@code seq} order. ADD: a proposal of a {@code kind} (category code of
 * a facility, tier of a center) with a {@code name} at {@code lon}/{@code lat}; MOVE: the registry's facility
 * or center {@code targetId} to {@code lon}/{@code lat}; CLOSE: that facility or center goes. Positions are
 * WGS-84, the pair as given kept in {@code sourceLon}, {@code sourceLat}, {@code sourceCrs}.
 * {@code kindName}, {@code targetName}, {@code fromLon} and {@code fromLat} are for the reader (the kind's name,
 * the target's name and position in the registry): filled in by {@link ScenarioService}, null as stored. A MOVE
 * or CLOSE whose facility or center has left the registry keeps them null and changes nothing.
 */
public record ScenarioChange(long id, int seq, Action action, Target target, String kind, String name, Long targetId,
                             Double lon, Double lat, Double sourceLon, Double sourceLat, String sourceCrs,
                             String createdBy, Instant createdAt,
                             String kindName, String targetName, Double fromLon, Double fromLat) {

    public enum Action { ADD, MOVE, CLOSE }

    public enum Target { FACILITY, CENTER }

    boolean is(Action a, Target t) {
        return action == a && target == t;
    }

    ScenarioChange describedAs(String kindName, String targetName, Double fromLon, Double fromLat) {
        return new ScenarioChange(id, seq, action, target, kind, name, targetId, lon, lat, sourceLon, sourceLat, sourceCrs,
                createdBy, createdAt, kindName, targetName, fromLon, fromLat);
    }
}
