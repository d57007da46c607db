package org.lifecircle.engine.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The walkable network as compact primitive arrays: junction nodes, undirected edges with their
 * shape, and a CSR adjacency (every edge is an arc in both directions).
 *
 * <p>Layout. Nodes {@code 0..nodeCount-1} have coordinates in 1e-7 degrees ({@code int}, about 1 cm).
 * Edge {@code e} joins {@link #edgeFrom(int)} to {@link #edgeTo(int)}, is {@link #edgeLengthDecimetres(int)}
 * long (great-circle length of its shape, rounded to 0.1 m) and may be {@link #isSteps(int) steps}. Its
 * shape points between the two ends (OSM "pillar" nodes, ordered from {@code from} to {@code to}) are
 * {@code geomOffsets[e] .. geomOffsets[e+1]-1}. The arcs of node {@code n} are
 * {@code firstArc(n) .. endArc(n)-1}; arc {@code a} leads to {@link #arcTarget(int)} along edge
 * {@link #arcEdge(int)}. Street names ({@link #edgeName(int)}, the OSM {@code name} tag) are one int per
 * edge into a table of distinct names, so a network of many short edges of few streets stays small.
 *
 * <p>The network is symmetric: pedestrians may walk every edge both ways (one-way rules for
 * pedestrians, e.g. {@code oneway:foot}, are rare and not modelled).
 *
 * <p>Immutable and therefore safe to share between threads. Build one with {@link Builder}.
 */
public final class WalkNetwork {

    /** Edge flag: the edge is a flight of steps. */
    public static final byte FLAG_STEPS = 1;

    final int[] latE7;
    final int[] lonE7;
    final int[] edgeFrom;
    final int[] edgeTo;
    final int[] lengthDm;
    final byte[] edgeFlags;
    final int[] geomOffsets;
    final int[] geomLatE7;
    final int[] geomLonE7;
    /** Index into {@link #names} per edge; 0 is the empty name (unnamed edge). */
    final int[] edgeNameIds;
    /** Distinct street names, {@code names[0] = ""}. */
    final String[] names;
    // CSR, derived from the edges (never stored in the cache)
    final int[] offsets;
    final int[] arcTarget;
    final int[] arcEdge;

    WalkNetwork(int[] latE7, int[] lonE7, int[] edgeFrom, int[] edgeTo, int[] lengthDm, byte[] edgeFlags,
                int[] geomOffsets, int[] geomLatE7, int[] geomLonE7, int[] edgeNameIds, String[] names) {
        this.latE7 = latE7;
        this.lonE7 = lonE7;
        this.edgeFrom = edgeFrom;
        this.edgeTo = edgeTo;
        this.lengthDm = lengthDm;
        this.edgeFlags = edgeFlags;
        this.geomOffsets = geomOffsets;
        this.geomLatE7 = geomLatE7;
        this.geomLonE7 = geomLonE7;
        this.edgeNameIds = edgeNameIds;
        this.names = names;
        int n = latE7.length;
        int m = edgeFrom.length;
        offsets = new int[n + 1];
        for (int e = 0; e < m; e++) {
            offsets[edgeFrom[e] + 1]++;
            if (edgeTo[e] != edgeFrom[e]) {
                offsets[edgeTo[e] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        arcTarget = new int[offsets[n]];
        arcEdge = new int[offsets[n]];
        int[] fill = Arrays.copyOf(offsets, n);
        for (int e = 0; e < m; e++) {
            int a = fill[edgeFrom[e]]++;
            arcTarget[a] = edgeTo[e];
            arcEdge[a] = e;
            if (edgeTo[e] != edgeFrom[e]) {
                int b = fill[edgeTo[e]]++;
                arcTarget[b] = edgeFrom[e];
                arcEdge[b] = e;
            }
        }
    }

    public int nodeCount() {
        return latE7.length;
    }

    public int edgeCount() {
        return edgeFrom.length;
    }

    public int arcCount() {
        return arcTarget.length;
    }

    public double lat(int node) {
        return latE7[node] * 1e-7;
    }

    public double lon(int node) {
        return lonE7[node] * 1e-7;
    }

    public int edgeFrom(int edge) {
        return edgeFrom[edge];
    }

    public int edgeTo(int edge) {
        return edgeTo[edge];
    }

    public int edgeLengthDecimetres(int edge) {
        return lengthDm[edge];
    }

    public double edgeLengthMetres(int edge) {
        return lengthDm[edge] / 10.0;
    }

    public boolean isSteps(int edge) {
        return (edgeFlags[edge] & FLAG_STEPS) != 0;
    }

    /** The street name of the edge (OSM {@code name}), or {@code ""} when it has none. */
    public String edgeName(int edge) {
        return names[edgeNameIds[edge]];
    }

    /** Number of shape points between the two ends of the edge. */
    public int pillarCount(int edge) {
        return geomOffsets[edge + 1] - geomOffsets[edge];
    }

    /** Latitude of shape point {@code i} (0-based, ordered from {@code edgeFrom}) of the edge. */
    public double pillarLat(int edge, int i) {
        return geomLatE7[geomOffsets[edge] + i] * 1e-7;
    }

    public double pillarLon(int edge, int i) {
        return geomLonE7[geomOffsets[edge] + i] * 1e-7;
    }

    public int firstArc(int node) {
        return offsets[node];
    }

    public int endArc(int node) {
        return offsets[node + 1];
    }

    public int arcTarget(int arc) {
        return arcTarget[arc];
    }

    public int arcEdge(int arc) {
        return arcEdge[arc];
    }

    /** True when both networks hold the same nodes, edges, lengths, flags, shapes and names. */
    public boolean sameContent(WalkNetwork o) {
        return Arrays.equals(latE7, o.latE7) && Arrays.equals(lonE7, o.lonE7)
                && Arrays.equals(edgeFrom, o.edgeFrom) && Arrays.equals(edgeTo, o.edgeTo)
                && Arrays.equals(lengthDm, o.lengthDm) && Arrays.equals(edgeFlags, o.edgeFlags)
                && Arrays.equals(geomOffsets, o.geomOffsets) && Arrays.equals(geomLatE7, o.geomLatE7)
                && Arrays.equals(geomLonE7, o.geomLonE7)
                && Arrays.equals(edgeNameIds, o.edgeNameIds) && Arrays.equals(names, o.names);
    }

    @Override
    public String toString() {
        return "WalkNetwork[" + nodeCount() + " nodes, " + edgeCount() + " edges]";
    }

    static int toE7(double degrees) {
        return (int) Math.round(degrees * 1e7);
    }

    /**
     * Collects nodes and edges, then freezes them into a {@link WalkNetwork}. Edge lengths are computed
     * from the shape. Not thread-safe; use once.
     */
    public static final class Builder {
        private int[] lat = new int[1024];
        private int[] lon = new int[1024];
        private int nodes;
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private int[] len = new int[1024];
        private byte[] flags = new byte[1024];
        private int[] geomOff = new int[1025];
        private int edges;
        private int[] gLat = new int[1024];
        private int[] gLon = new int[1024];
        private int points;
        // names are kept apart from the edge arrays: nameIds grows on its own, unnamed edges stay 0
        private int[] nameIds = new int[0];
        private final List<String> nameTable = new ArrayList<>(List.of(""));
        private final Map<String, Integer> nameIndex = new HashMap<>(Map.of("", 0));

        /** Adds a node and returns its id (ids are given in order from 0). */
        public int addNode(double latDeg, double lonDeg) {
            if (nodes == lat.length) {
                lat = Arrays.copyOf(lat, nodes * 2);
                lon = Arrays.copyOf(lon, nodes * 2);
            }
            lat[nodes] = toE7(latDeg);
            lon[nodes] = toE7(lonDeg);
            return nodes++;
        }

        /** Adds a straight edge between two existing nodes and returns its id. */
        public int addEdge(int a, int b, boolean steps) {
            return addEdge(a, b, steps, new double[0], new double[0]);
        }

        /**
         * Adds an edge with shape points between its ends (ordered from {@code a} to {@code b}) and
         * returns its id.
         */
        public int addEdge(int a, int b, boolean steps, double[] pillarLats, double[] pillarLons) {
            if (a < 0 || a >= nodes || b < 0 || b >= nodes) {
                throw new IllegalArgumentException("edge " + a + "-" + b + " refers to an unknown node");
            }
            if (edges == from.length) {
                int c = edges * 2;
                from = Arrays.copyOf(from, c);
                to = Arrays.copyOf(to, c);
                len = Arrays.copyOf(len, c);
                flags = Arrays.copyOf(flags, c);
                geomOff = Arrays.copyOf(geomOff, c + 1);
            }
            double metres = 0;
            double pLat = lat[a] * 1e-7;
            double pLon = lon[a] * 1e-7;
            for (int i = 0; i < pillarLats.length; i++) {
                if (points == gLat.length) {
                    gLat = Arrays.copyOf(gLat, points * 2);
                    gLon = Arrays.copyOf(gLon, points * 2);
                }
                gLat[points] = toE7(pillarLats[i]);
                gLon[points] = toE7(pillarLons[i]);
                // lengths from the stored (rounded) coordinates so that a reload computes the same
                double qLat = gLat[points] * 1e-7;
                double qLon = gLon[points] * 1e-7;
                metres += EarthDistance.metres(pLat, pLon, qLat, qLon);
                pLat = qLat;
                pLon = qLon;
                points++;
            }
            metres += EarthDistance.metres(pLat, pLon, lat[b] * 1e-7, lon[b] * 1e-7);
            from[edges] = a;
            to[edges] = b;
            len[edges] = (int) Math.round(metres * 10);
            flags[edges] = steps ? FLAG_STEPS : 0;
            geomOff[edges + 1] = points;
            return edges++;
        }

        /** Gives an existing edge its street name ({@code null} or {@code ""}: unnamed). */
        public void setName(int edge, String name) {
            if (edge < 0 || edge >= edges) {
                throw new IllegalArgumentException("unknown edge " + edge);
            }
            if (edge >= nameIds.length) {
                nameIds = Arrays.copyOf(nameIds, Math.max(edge + 1, nameIds.length * 2));
            }
            nameIds[edge] = nameIndex.computeIfAbsent(name == null ? "" : name, n -> {
                nameTable.add(n);
                return nameTable.size() - 1;
            });
        }

        public int nodeCount() {
            return nodes;
        }

        public WalkNetwork build() {
            return new WalkNetwork(Arrays.copyOf(lat, nodes), Arrays.copyOf(lon, nodes),
                    Arrays.copyOf(from, edges), Arrays.copyOf(to, edges), Arrays.copyOf(len, edges),
                    Arrays.copyOf(flags, edges), Arrays.copyOf(geomOff, edges + 1),
                    Arrays.copyOf(gLat, points), Arrays.copyOf(gLon, points),
                    Arrays.copyOf(nameIds, edges), nameTable.toArray(new String[0]));
        }
    }
}
