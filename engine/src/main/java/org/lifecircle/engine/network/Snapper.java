package org.lifecircle.engine.network;

import java.util.Arrays;

/**
 * Snaps points to the nearest position on a walkable edge (projection onto the nearest segment of the
 * edge's shape, not the nearest node). A point farther than {@link #maxDistanceMetres()} from every
 * usable edge is not snapped.
 *
 * <p>Index: a uniform grid over the network's extent; each cell lists the shape segments whose
 * bounding box touches it. Distances near a point use a local equirectangular projection (error well
 * under 0.1 % at 300 m); positions along the edge are measured with the same great-circle formula as
 * the edge lengths and scaled to the stored length.
 *
 * <p>Immutable after construction and safe to use from many threads.
 */
public final class Snapper {

    public static final double DEFAULT_MAX_DISTANCE_METRES = 300;
    private static final double METRES_PER_DEGREE = Math.PI / 180 * EarthDistance.EARTH_RADIUS_METRES;

    private final WalkNetwork net;
    private final double maxDistance;
    private final double minLat;
    private final double minLon;
    private final double cell;
    private final int rows;
    private final int cols;
    private final int[] cellStart;
    private final long[] cellSegments; // edge << 20 | segment index within the edge

    private Snapper(WalkNetwork net, double maxDistance, Snapper sameIndex) {
        this.net = net;
        this.maxDistance = maxDistance;
        if (sameIndex != null) {
            minLat = sameIndex.minLat;
            minLon = sameIndex.minLon;
            cell = sameIndex.cell;
            rows = sameIndex.rows;
            cols = sameIndex.cols;
            cellStart = sameIndex.cellStart;
            cellSegments = sameIndex.cellSegments;
            return;
        }
        double loLat = 90;
        double hiLat = -90;
        double loLon = 180;
        double hiLon = -180;
        for (int i = 0; i < net.nodeCount(); i++) {
            loLat = Math.min(loLat, net.lat(i));
            hiLat = Math.max(hiLat, net.lat(i));
            loLon = Math.min(loLon, net.lon(i));
            hiLon = Math.max(hiLon, net.lon(i));
        }
        for (int p = 0; p < net.geomLatE7.length; p++) {
            loLat = Math.min(loLat, net.geomLatE7[p] * 1e-7);
            hiLat = Math.max(hiLat, net.geomLatE7[p] * 1e-7);
            loLon = Math.min(loLon, net.geomLonE7[p] * 1e-7);
            hiLon = Math.max(hiLon, net.geomLonE7[p] * 1e-7);
        }
        if (net.nodeCount() == 0) {
            loLat = hiLat = loLon = hiLon = 0;
        }
        minLat = loLat;
        minLon = loLon;
        // about 100 m cells, coarser when that would make more than 4 million cells
        double area = Math.max(1e-12, (hiLat - loLat) * (hiLon - loLon));
        cell = Math.max(0.001, Math.sqrt(area / 4e6));
        rows = (int) ((hiLat - loLat) / cell) + 1;
        cols = (int) ((hiLon - loLon) / cell) + 1;
        int[] count = new int[rows * cols + 1];
        forEachSegmentCell((c, e, s) -> count[c + 1]++);
        for (int i = 0; i < rows * cols; i++) {
            count[i + 1] += count[i];
        }
        cellStart = count;
        cellSegments = new long[count[rows * cols]];
        int[] fill = Arrays.copyOf(count, rows * cols);
        forEachSegmentCell((c, e, s) -> cellSegments[fill[c]++] = ((long) e << 20) | s);
    }

    /** A snapper with the default 300 m limit. */
    public static Snapper of(WalkNetwork net) {
        return new Snapper(net, DEFAULT_MAX_DISTANCE_METRES, null);
    }

    /** The same index with another distance limit. */
    public Snapper withMaxDistanceMetres(double metres) {
        if (!(metres >= 0)) {
            throw new IllegalArgumentException("snap distance limit must be >= 0, was " + metres);
        }
        return new Snapper(net, metres, this);
    }

    public double maxDistanceMetres() {
        return maxDistance;
    }

    public WalkNetwork network() {
        return net;
    }

    /**
     * The nearest position on any edge (steps allowed or not), or {@code null} when no edge is within
     * the limit.
     */
    public Snap snap(double lat, double lon, boolean stepsAllowed) {
        double kx = METRES_PER_DEGREE * Math.cos(Math.toRadians(lat));
        double ky = METRES_PER_DEGREE;
        double reachLat = maxDistance / ky;
        double reachLon = maxDistance / Math.max(kx, 1e-9);
        int r0 = Math.max(0, (int) Math.floor((lat - reachLat - minLat) / cell));
        int r1 = Math.min(rows - 1, (int) Math.floor((lat + reachLat - minLat) / cell));
        int c0 = Math.max(0, (int) Math.floor((lon - reachLon - minLon) / cell));
        int c1 = Math.min(cols - 1, (int) Math.floor((lon + reachLon - minLon) / cell));
        double best = Double.POSITIVE_INFINITY;
        int bestEdge = -1;
        int bestSeg = -1;
        double bestT = 0;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cellId = r * cols + c;
                for (int i = cellStart[cellId]; i < cellStart[cellId + 1]; i++) {
                    int e = (int) (cellSegments[i] >>> 20);
                    int s = (int) (cellSegments[i] & 0xFFFFF);
                    if (!stepsAllowed && net.isSteps(e)) {
                        continue;
                    }
                    double ax = (pointLon(e, s) - lon) * kx;
                    double ay = (pointLat(e, s) - lat) * ky;
                    double bx = (pointLon(e, s + 1) - lon) * kx;
                    double by = (pointLat(e, s + 1) - lat) * ky;
                    double dx = bx - ax;
                    double dy = by - ay;
                    double len2 = dx * dx + dy * dy;
                    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
                    double px = ax + t * dx;
                    double py = ay + t * dy;
                    double d = Math.sqrt(px * px + py * py);
                    // ties broken by the lower edge id, so the result does not depend on cell order
                    if (d < best || d == best && e < bestEdge) {
                        best = d;
                        bestEdge = e;
                        bestSeg = s;
                        bestT = t;
                    }
                }
            }
        }
        if (bestEdge < 0 || best > maxDistance) {
            return null;
        }
        return position(bestEdge, bestSeg, bestT, best);
    }

    /** Snaps every point; see {@link SnappedPoints} for the ones that were too far. */
    public SnappedPoints snapAll(double[] lats, double[] lons, boolean stepsAllowed) {
        if (lats.length != lons.length) {
            throw new IllegalArgumentException("lats and lons differ in length: " + lats.length + " vs " + lons.length);
        }
        Snap[] s = new Snap[lats.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = snap(lats[i], lons[i], stepsAllowed);
        }
        return new SnappedPoints(s);
    }

    private Snap position(int e, int seg, double t, double offset) {
        double along = 0;
        double total = 0;
        int points = net.pillarCount(e) + 2;
        for (int s = 0; s + 1 < points; s++) {
            double len = EarthDistance.metres(pointLat(e, s), pointLon(e, s), pointLat(e, s + 1), pointLon(e, s + 1));
            if (s < seg) {
                along += len;
            } else if (s == seg) {
                along += t * len;
            }
            total += len;
        }
        double stored = net.edgeLengthMetres(e);
        double scaled = total == 0 ? 0 : Math.min(stored, along / total * stored);
        double lat = pointLat(e, seg) + t * (pointLat(e, seg + 1) - pointLat(e, seg));
        double lon = pointLon(e, seg) + t * (pointLon(e, seg + 1) - pointLon(e, seg));
        return new Snap(e, scaled, offset, lat, lon);
    }

    /** Point {@code i} of the edge's full shape: 0 is the from node, then the pillars, then the to node. */
    private double pointLat(int e, int i) {
        int k = net.pillarCount(e);
        return i == 0 ? net.lat(net.edgeFrom(e)) : i <= k ? net.pillarLat(e, i - 1) : net.lat(net.edgeTo(e));
    }

    private double pointLon(int e, int i) {
        int k = net.pillarCount(e);
        return i == 0 ? net.lon(net.edgeFrom(e)) : i <= k ? net.pillarLon(e, i - 1) : net.lon(net.edgeTo(e));
    }

    private interface CellVisitor {
        void visit(int cell, int edge, int segment);
    }

    private void forEachSegmentCell(CellVisitor v) {
        for (int e = 0; e < net.edgeCount(); e++) {
            int segments = net.pillarCount(e) + 1;
            if (segments >= 1 << 20) {
                throw new IllegalStateException("edge " + e + " has too many shape points: " + segments);
            }
            for (int s = 0; s < segments; s++) {
                int r0 = (int) ((Math.min(pointLat(e, s), pointLat(e, s + 1)) - minLat) / cell);
                int r1 = (int) ((Math.max(pointLat(e, s), pointLat(e, s + 1)) - minLat) / cell);
                int c0 = (int) ((Math.min(pointLon(e, s), pointLon(e, s + 1)) - minLon) / cell);
                int c1 = (int) ((Math.max(pointLon(e, s), pointLon(e, s + 1)) - minLon) / cell);
                for (int r = Math.max(0, r0); r <= Math.min(rows - 1, r1); r++) {
                    for (int c = Math.max(0, c0); c <= Math.min(cols - 1, c1); c++) {
                        v.visit(r * cols + c, e, s);
                    }
                }
            }
        }
    }
}
