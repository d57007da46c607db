package org.lifecircle.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.lifecircle.engine.network.WalkNetwork;

/**
 * The network as a GeoJSON FeatureCollection of LineStrings for the map, with the street name as
 * {@code name} where the street has one. To keep it compact, edges of one street that follow each
 * other through a node where nothing else of that name meets are joined into one line, and
 * coordinates have 5 decimals (about 1 m: enough to draw).
 */
final class StreetsGeoJson {

    private static final double SCALE = 1e5;
    /** No edge (every int from -edgeCount to edgeCount-1 is a signed edge). */
    private static final int NONE = Integer.MIN_VALUE;

    private StreetsGeoJson() {
    }

    static byte[] of(WalkNetwork net) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            boolean[] drawn = new boolean[net.edgeCount()];
            for (int e = 0; e < net.edgeCount(); e++) {
                if (!drawn[e]) {
                    writeFeature(json, net, chain(net, e, drawn));
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Edges as signed ids: {@code e} walks from edgeFrom to edgeTo, {@code ~e} the other way. */
    private static Deque<Integer> chain(WalkNetwork net, int first, boolean[] drawn) {
        Deque<Integer> chain = new ArrayDeque<>();
        chain.add(first);
        drawn[first] = true;
        String name = net.edgeName(first);
        for (int next = continuation(net, net.edgeTo(first), first, name, drawn); next != NONE;
             next = continuation(net, end(net, next), edge(next), name, drawn)) {
            chain.addLast(next);
            drawn[edge(next)] = true;
        }
        for (int previous = continuation(net, net.edgeFrom(first), first, name, drawn); previous != NONE;
             previous = continuation(net, end(net, previous), edge(previous), name, drawn)) {
            chain.addFirst(~previous);
            drawn[edge(previous)] = true;
        }
        return chain;
    }

    /**
     * The one other edge of this name at {@code node}, walked away from the node, when exactly two
     * edges of the name meet there and it is not drawn yet; otherwise {@link #NONE} (the line ends).
     */
    private static int continuation(WalkNetwork net, int node, int arrivedBy, String name, boolean[] drawn) {
        int other = NONE;
        int sameName = 0;
        for (int a = net.firstArc(node); a < net.endArc(node); a++) {
            int e = net.arcEdge(a);
            if (net.edgeName(e).equals(name)) {
                sameName++;
                if (e != arrivedBy) {
                    other = net.edgeFrom(e) == node ? e : ~e;
                }
            }
        }
        return sameName == 2 && other != NONE && !drawn[edge(other)] ? other : NONE;
    }

    private static int edge(int signed) {
        return signed >= 0 ? signed : ~signed;
    }

    /** The node a signed edge walks to. */
    private static int end(WalkNetwork net, int signed) {
        return signed >= 0 ? net.edgeTo(signed) : net.edgeFrom(~signed);
    }

    private static void writeFeature(JsonGenerator json, WalkNetwork net, Deque<Integer> chain) throws IOException {
        String name = net.edgeName(edge(chain.getFirst()));
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("properties");
        if (!name.isEmpty()) {
            json.writeStringField("name", name);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "LineString");
        json.writeArrayFieldStart("coordinates");
        boolean firstEdge = true;
        for (int signed : chain) {
            int e = edge(signed);
            boolean forward = signed >= 0;
            int start = forward ? net.edgeFrom(e) : net.edgeTo(e);
            if (firstEdge) {
                point(json, net.lon(start), net.lat(start));
                firstEdge = false;
            }
            int pillars = net.pillarCount(e);
            for (int i = 0; i < pillars; i++) {
                int p = forward ? i : pillars - 1 - i;
                point(json, net.pillarLon(e, p), net.pillarLat(e, p));
            }
            int end = forward ? net.edgeTo(e) : net.edgeFrom(e);
            point(json, net.lon(end), net.lat(end));
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void point(JsonGenerator json, double lon, double lat) throws IOException {
        json.writeStartArray();
        json.writeNumber(Math.round(lon * SCALE) / SCALE);
        json.writeNumber(Math.round(lat * SCALE) / SCALE);
        json.writeEndArray();
    }
}
