package org.lifecircle.engine.access;

import org.lifecircle.engine.network.EarthDistance;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Isochrone polygons built from the reached streets: one search from a snapped point (or from several at
 * once: the area within reach of any of them), then, for each threshold, every reached piece of street
 * (whole edges, and the part of an edge walked before the time runs out, interpolated along the edge's
 * shape) plus the straight walk from the point to the network, buffered by {@link #bufferMetres()} and
 * unioned (JTS). Streets that are reached show as bands; blocks that are not reached stay outside (or are
 * holes): this is neither a circle nor a convex hull.
 *
 * <p>Geometry is computed in a local equirectangular projection around the point, or the points' mean
 * position (metres; scale error about tan(lat)·Δlat: under 0.1 % within several km, 0.2 % 15 km north
 * or south at 35°), then returned in WGS-84 lon/lat. The buffer stands for the depth of the frontages
 * along a street; 30 m by default.
 *
 * <p>Immutable; each call has its own search state, so calls may run in parallel.
 */
public final class Isochrones {

    private static final PrecisionModel MICRODEGREES = new PrecisionModel(1e6);
    private static final PrecisionModel CENTIMETRES = new PrecisionModel(100);

    public static final double DEFAULT_BUFFER_METRES = 30;
    private static final double METRES_PER_DEGREE = Math.PI / 180 * EarthDistance.EARTH_RADIUS_METRES;
    private static final int QUADRANT_SEGMENTS = 4;

    /** One polygon: the area reached within {@code seconds}, lon/lat, and its area in square metres. */
    public record Isochrone(double seconds, Geometry lonLat, double areaSquareMetres) {
    }

    private final TravelTimes tt;
    private final double buffer;
    private final GeometryFactory gf = new GeometryFactory();

    private Isochrones(TravelTimes tt, double buffer) {
        this.tt = tt;
        this.buffer = buffer;
    }

    /** Isochrones for one network and profile with the default 30 m buffer. */
    public static Isochrones of(TravelTimes tt) {
        return new Isochrones(tt, DEFAULT_BUFFER_METRES);
    }

    /** The same with another buffer (metres, &gt; 0). */
    public Isochrones withBufferMetres(double metres) {
        if (!(metres > 0) || Double.isInfinite(metres)) {
            throw new IllegalArgumentException("isochrone buffer must be a positive number of metres, was " + metres);
        }
        return new Isochrones(tt, metres);
    }

    public double bufferMetres() {
        return buffer;
    }

    /**
     * Polygons for each threshold (seconds, inclusive, in the order given) from a point snapped like an
     * origin ({@code Snapper.snap(lat, lon, profile.stepsAllowed())}).
     *
     * @param pointLat the point itself (its straight walk to {@code from} is part of the reached area)
     */
    public List<Isochrone> polygons(double pointLat, double pointLon, Snap from, double... thresholds) {
        if (from == null) {
            throw new IllegalArgumentException("the point is not snapped to the network (too far from every walkable edge)");
        }
        return polygons(new Projection(pointLat, pointLon), new double[]{pointLat}, new double[]{pointLon},
                new Snap[]{from}, thresholds);
    }

    /**
     * Multi-source polygons: the area within each threshold of <em>any</em> of the points (for example every
     * facility of a category), from one search seeded at all of them; each point's straight walk to the
     * network is part of the area, as for one point. Points that are not snapped ({@code null} in
     * {@code from}) are skipped; when none is snapped every polygon is empty, with area 0. The local
     * projection is centred on the snapped points' mean position.
     *
     * @param pointLats the points themselves, in the order of {@code from}
     */
    public List<Isochrone> polygons(double[] pointLats, double[] pointLons, SnappedPoints from, double... thresholds) {
        if (pointLats.length != from.size() || pointLons.length != from.size()) {
            throw new IllegalArgumentException("one position per snapped point: " + pointLats.length + " lats, "
                    + pointLons.length + " lons for " + from.size() + " points");
        }
        int[] snapped = IntStream.range(0, from.size()).filter(i -> from.get(i) != null).toArray();
        double[] lats = Arrays.stream(snapped).mapToDouble(i -> pointLats[i]).toArray();
        double[] lons = Arrays.stream(snapped).mapToDouble(i -> pointLons[i]).toArray();
        Snap[] snaps = Arrays.stream(snapped).mapToObj(from::get).toArray(Snap[]::new);
        if (snaps.length == 0) {
            checkThresholds(thresholds);
            return Arrays.stream(thresholds).mapToObj(t -> new Isochrone(t, gf.createMultiPolygon(), 0)).toList();
        }
        Projection centre = new Projection(Arrays.stream(lats).average().orElseThrow(), Arrays.stream(lons).average().orElseThrow());
        return polygons(centre, lats, lons, snaps, thresholds);
    }

    private List<Isochrone> polygons(Projection proj, double[] pointLats, double[] pointLons, Snap[] from, double[] thresholds) {
        double max = checkThresholds(thresholds);
        WalkNetwork net = tt.net;
        Dijkstra d = new Dijkstra(tt);
        for (Snap s : from) {
            d.seed(net.edgeFrom(s.edge()), tt.toFrom(s));
            d.seed(net.edgeTo(s.edge()), tt.toTo(s));
        }
        d.run(max);
        // smallest threshold first; each polygon also takes in the previous one, because buffering
        // approximates arcs by chords and would otherwise let a smaller polygon poke out by up to ~2 %
        // of the buffer where a line end in one becomes a bend in the next. Both are first snapped to a 1 cm
        // grid and unioned on it: in floating precision their long, nearly coinciding borders made the
        // overlay fall back to slow robustness heuristics (about 6 times slower for 50 points on Andorra)
        Integer[] order = new Integer[thresholds.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(thresholds[a], thresholds[b]));
        Isochrone[] out = new Isochrone[thresholds.length];
        Geometry previous = null;
        for (int i : order) {
            Geometry metres = GeometryPrecisionReducer.reduce(reached(d, proj, pointLats, pointLons, from, thresholds[i]),
                    CENTIMETRES);
            if (previous != null) {
                metres = unionOnCentimetreGrid(metres, previous);
            }
            previous = metres;
            out[i] = new Isochrone(thresholds[i], onMicrodegreeGrid(proj.toLonLat(metres, gf)), metres.getArea());
        }
        return List.of(out);
    }

    /** A service area: the streets nearer (by walking) to one point than to any other, lon/lat, and its area in m². */
    public record ServiceArea(Geometry lonLat, double areaSquareMetres) {
    }

    /**
     * Service areas of several points (for example the service centers): every street goes to the point
     * nearest to it by walking, an edge whose ends are nearest to different points being split where the
     * two walks meet; each point's streets and its straight walk to the network, buffered and unioned. One
     * search from all points; a node's point is read off the search afterwards (the point of the neighbour
     * it was reached from). Unsnapped points, and streets no point reaches, belong to none: empty areas.
     *
     * @return one area per point, in the order of {@code from}
     */
    public List<ServiceArea> serviceAreas(double[] pointLats, double[] pointLons, SnappedPoints from) {
        if (pointLats.length != from.size() || pointLons.length != from.size()) {
            throw new IllegalArgumentException("one position per snapped point: " + pointLats.length + " lats, "
                    + pointLons.length + " lons for " + from.size() + " points");
        }
        WalkNetwork net = tt.net;
        Dijkstra d = new Dijkstra(tt);
        NearestFacility.seed(d, tt, from);
        d.run(Double.POSITIVE_INFINITY);
        int[] owner = nearestPoint(d, from);
        double meanLat = 0;
        double meanLon = 0;
        int snapped = 0;
        for (int i = 0; i < from.size(); i++) {
            if (from.get(i) != null) {
                meanLat += pointLats[i];
                meanLon += pointLons[i];
                snapped++;
            }
        }
        List<List<Geometry>> parts = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            parts.add(new ArrayList<>());
        }
        if (snapped == 0) {
            return parts.stream().map(p -> new ServiceArea(gf.createMultiPolygon(), 0)).toList();
        }
        Projection proj = new Projection(meanLat / snapped, meanLon / snapped);
        for (int i = 0; i < from.size(); i++) {
            if (from.get(i) != null) {
                addStart(parts.get(i), proj, pointLats[i], pointLons[i], from.get(i), tt.offsetSeconds(from.get(i)));
            }
        }
        for (int e = 0; e < net.edgeCount(); e++) {
            int u = net.edgeFrom(e);
            int w = net.edgeTo(e);
            double secondsPerMetre = tt.edgeSeconds(e, 1);
            if (owner[u] < 0 || owner[w] < 0 || !Double.isFinite(secondsPerMetre)) {
                continue;
            }
            double len = net.edgeLengthMetres(e);
            if (owner[u] == owner[w]) {
                addPiece(parts.get(owner[u]), proj, e, 0, len);
            } else {
                double meet = Math.max(0, Math.min(len, (d.dist(w) - d.dist(u) + len * secondsPerMetre) / (2 * secondsPerMetre)));
                addPiece(parts.get(owner[u]), proj, e, 0, meet);
                addPiece(parts.get(owner[w]), proj, e, meet, len);
            }
        }
        List<ServiceArea> out = new ArrayList<>();
        for (List<Geometry> p : parts) {
            Geometry metres = GeometryPrecisionReducer.reduce(bufferedUnion(p), CENTIMETRES);
            out.add(new ServiceArea(onMicrodegreeGrid(proj.toLonLat(metres, gf)), metres.getArea()));
        }
        return out;
    }

    /**
     * For every node, the index of the point its time came from (-1: not reached). Nodes are visited in the
     * order they were settled, so the neighbour a node was reached from (the one whose time plus the arc's
     * gives exactly the node's time) already has its point; a seeded node whose time is its seed is that point's.
     */
    private int[] nearestPoint(Dijkstra d, SnappedPoints from) {
        WalkNetwork net = tt.net;
        int[] owner = new int[net.nodeCount()];
        Arrays.fill(owner, -1);
        for (int i = from.size() - 1; i >= 0; i--) { // the first point wins a tie
            Snap s = from.get(i);
            if (s != null) {
                claimIfSeed(owner, d, net.edgeFrom(s.edge()), tt.toFrom(s), i);
                claimIfSeed(owner, d, net.edgeTo(s.edge()), tt.toTo(s), i);
            }
        }
        for (int k = 0; k < d.settledCount(); k++) {
            int v = d.settled(k);
            for (int a = tt.offsets[v]; a < tt.offsets[v + 1] && owner[v] < 0; a++) {
                int u = tt.targets[a];
                if (owner[u] >= 0 && d.dist(u) + tt.seconds[a] == d.dist(v)) {
                    owner[v] = owner[u];
                }
            }
        }
        return owner;
    }

    private static void claimIfSeed(int[] owner, Dijkstra d, int node, double seconds, int point) {
        if (seconds == d.dist(node)) {
            owner[node] = point;
        }
    }

    /** Union snapped to the 1 cm grid; strict mode keeps polygons only (no edges collapsed to lines on the grid). */
    private static Geometry unionOnCentimetreGrid(Geometry a, Geometry b) {
        OverlayNG union = new OverlayNG(a, b, CENTIMETRES, OverlayNG.UNION);
        union.setStrictMode(true);
        return union.getResult();
    }

    /** The largest threshold; every one must be finite seconds &gt;= 0. */
    private static double checkThresholds(double[] thresholds) {
        double max = 0;
        for (double t : thresholds) {
            if (!(t >= 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("thresholds must be finite seconds >= 0, got " + t);
            }
            max = Math.max(max, t);
        }
        return max;
    }

    /**
     * Snaps the polygon to the 6-decimal grid GeoJSON writes (about 0.1 m) with JTS's precision
     * reducer, which keeps it valid: rounding coordinates one by one can make rings touch or cross.
     */
    private static Geometry onMicrodegreeGrid(Geometry lonLat) {
        return GeometryPrecisionReducer.reduce(lonLat, MICRODEGREES);
    }

    /**
     * As {@link #polygons}, as a GeoJSON FeatureCollection: one feature per threshold with properties
     * {@code seconds} and {@code areaSquareMetres}, (Multi)Polygon coordinates in lon/lat rounded to 6
     * decimals, outer rings counter-clockwise (RFC 7946).
     */
    public String geoJson(double pointLat, double pointLon, Snap from, double... thresholds) {
        return toGeoJson(polygons(pointLat, pointLon, from, thresholds));
    }

    /** GeoJSON FeatureCollection of isochrones (see {@link #geoJson}). */
    public static String toGeoJson(List<Isochrone> isochrones) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < isochrones.size(); i++) {
            Isochrone iso = isochrones.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"type\":\"Feature\",\"properties\":{\"seconds\":").append(number(iso.seconds()))
                    .append(",\"areaSquareMetres\":").append(Math.round(iso.areaSquareMetres())).append("},\"geometry\":")
                    .append(geometryJson(iso.lonLat())).append('}');
        }
        return sb.append("]}").toString();
    }

    /**
     * A GeoJSON geometry object for an isochrone's {@link Isochrone#lonLat() polygon}: a Polygon, or a
     * MultiPolygon (with no coordinates when the area is empty); 6 decimals, outer rings counter-clockwise.
     */
    public static String geometryJson(Geometry lonLat) {
        StringBuilder sb = new StringBuilder();
        if (lonLat.getNumGeometries() == 1 && lonLat.getGeometryN(0) instanceof Polygon p && !p.isEmpty()) {
            sb.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(sb, p);
        } else {
            sb.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            int written = 0;
            for (int k = 0; k < lonLat.getNumGeometries(); k++) {
                if (lonLat.getGeometryN(k) instanceof Polygon p && !p.isEmpty()) {
                    sb.append(written++ > 0 ? "," : "");
                    polygon(sb, p);
                }
            }
            sb.append(']');
        }
        return sb.append('}').toString();
    }

    /** Everything reached within {@code t}, buffered, in projected metres. */
    private Geometry reached(Dijkstra d, Projection proj, double[] pointLats, double[] pointLons, Snap[] from, double t) {
        WalkNetwork net = tt.net;
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            addStart(parts, proj, pointLats[i], pointLons[i], from[i], t);
        }
        for (int i = 0; i < d.settledCount(); i++) {
            int v = d.settled(i);
            double dv = d.dist(v);
            if (dv > t) {
                continue;
            }
            boolean piecesStartHere = false;
            for (int a = net.firstArc(v); a < net.endArc(v); a++) {
                int e = net.arcEdge(a);
                int u = net.edgeFrom(e);
                int w = net.edgeTo(e);
                int other = u == v ? w : u;
                // each edge once: from its reached end with the lower id
                if (!Double.isFinite(tt.edgeSeconds(e, 1)) || other < v && d.dist(other) <= t
                        || u == w && a > firstArcOf(net, v, e)) {
                    continue;
                }
                piecesStartHere |= dv < t;
                double len = net.edgeLengthMetres(e);
                double secondsPerMetre = tt.edgeSeconds(e, 1); // slower on steps
                double fromU = d.dist(u) <= t ? (t - d.dist(u)) / secondsPerMetre : -1;
                double fromW = d.dist(w) <= t ? (t - d.dist(w)) / secondsPerMetre : -1;
                if (fromU + fromW >= len) {
                    addPiece(parts, proj, e, 0, len);
                } else {
                    addPiece(parts, proj, e, 0, fromU);
                    addPiece(parts, proj, e, len - fromW, len);
                }
            }
            if (!piecesStartHere) { // reached just at the threshold, or only by blocked edges: the node alone
                double[] xy = proj.xy(net.lat(v), net.lon(v));
                parts.add(gf.createPoint(new Coordinate(xy[0], xy[1])));
            }
        }
        return bufferedUnion(parts);
    }

    /**
     * Each piece buffered alone, then one cascaded union: much faster than buffering the whole collection
     * at once, whose noding of thousands of overlapping curves dominates.
     */
    private Geometry bufferedUnion(List<Geometry> parts) {
        if (parts.isEmpty()) {
            return gf.createMultiPolygon();
        }
        BufferParameters params = new BufferParameters(QUADRANT_SEGMENTS);
        // street pieces that meet end to end are merged into longer lines first: fewer, longer buffers to union
        org.locationtech.jts.operation.linemerge.LineMerger merger = new org.locationtech.jts.operation.linemerge.LineMerger();
        List<Geometry> buffered = new ArrayList<>(parts.size());
        for (Geometry g : parts) {
            if (g instanceof LineString) {
                merger.add(g);
            } else {
                buffered.add(BufferOp.bufferOp(g, buffer, params));
            }
        }
        for (Object line : merger.getMergedLineStrings()) {
            buffered.add(BufferOp.bufferOp((Geometry) line, buffer, params));
        }
        return UnaryUnionOp.union(buffered, gf);
    }

    /** Adds a start point, the straight walk from it to the network and the walk along its own edge, within {@code t}. */
    private void addStart(List<Geometry> parts, Projection proj, double pointLat, double pointLon, Snap from, double t) {
        // the straight walk from the point to the network, or the part of it walked in time
        double offsetSeconds = tt.offsetSeconds(from);
        double[] p0 = proj.xy(pointLat, pointLon);
        double[] p1 = proj.xy(from.lat(), from.lon());
        double f = offsetSeconds <= t ? 1 : t / offsetSeconds;
        parts.add(gf.createPoint(new Coordinate(p0[0], p0[1])));
        if (from.offsetMetres() > 0 && f > 0) {
            parts.add(gf.createLineString(new Coordinate[]{new Coordinate(p0[0], p0[1]),
                    new Coordinate(p0[0] + f * (p1[0] - p0[0]), p0[1] + f * (p1[1] - p0[1]))}));
        }
        // along the point's own edge, both ways from the snapped position
        if (offsetSeconds <= t && Double.isFinite(tt.edgeSeconds(from.edge(), 1))) {
            double r = (t - offsetSeconds) / tt.edgeSeconds(from.edge(), 1);
            addPiece(parts, proj, from.edge(), from.alongMetres() - r, from.alongMetres() + r);
        }
    }

    /** Adds the part of edge {@code e} between {@code lo} and {@code hi} metres from its from-node. */
    private void addPiece(List<Geometry> parts, Projection proj, int e, double lo, double hi) {
        WalkNetwork net = tt.net;
        double len = net.edgeLengthMetres(e);
        lo = Math.max(0, lo);
        hi = Math.min(len, hi);
        if (!(hi > lo)) {
            return;
        }
        int points = net.pillarCount(e) + 2;
        double[] x = new double[points];
        double[] y = new double[points];
        double[] cum = new double[points];
        for (int i = 0; i < points; i++) {
            double lat = i == 0 ? net.lat(net.edgeFrom(e)) : i == points - 1 ? net.lat(net.edgeTo(e)) : net.pillarLat(e, i - 1);
            double lon = i == 0 ? net.lon(net.edgeFrom(e)) : i == points - 1 ? net.lon(net.edgeTo(e)) : net.pillarLon(e, i - 1);
            double[] xy = proj.xy(lat, lon);
            x[i] = xy[0];
            y[i] = xy[1];
            if (i > 0) {
                cum[i] = cum[i - 1] + EarthDistance.metres(lat, lon, prevLat(net, e, i), prevLon(net, e, i));
            }
        }
        // positions are in the stored length; the shape is scaled to it (as the snapper does)
        double scale = cum[points - 1] == 0 ? 0 : len / cum[points - 1];
        List<Coordinate> line = new ArrayList<>();
        line.add(at(x, y, cum, scale, lo));
        for (int i = 1; i < points - 1; i++) {
            double pos = cum[i] * scale;
            if (pos > lo && pos < hi) {
                line.add(new Coordinate(x[i], y[i]));
            }
        }
        line.add(at(x, y, cum, scale, hi));
        parts.add(gf.createLineString(line.toArray(new Coordinate[0])));
    }

    private static double prevLat(WalkNetwork net, int e, int i) {
        return i - 1 == 0 ? net.lat(net.edgeFrom(e)) : net.pillarLat(e, i - 2);
    }

    private static double prevLon(WalkNetwork net, int e, int i) {
        return i - 1 == 0 ? net.lon(net.edgeFrom(e)) : net.pillarLon(e, i - 2);
    }

    private static Coordinate at(double[] x, double[] y, double[] cum, double scale, double pos) {
        int n = x.length;
        if (scale == 0) {
            return new Coordinate(x[0], y[0]);
        }
        for (int i = 1; i < n; i++) {
            double end = cum[i] * scale;
            if (pos <= end || i == n - 1) {
                double start = cum[i - 1] * scale;
                double f = end > start ? Math.min(1, Math.max(0, (pos - start) / (end - start))) : 0;
                return new Coordinate(x[i - 1] + f * (x[i] - x[i - 1]), y[i - 1] + f * (y[i] - y[i - 1]));
            }
        }
        return new Coordinate(x[n - 1], y[n - 1]);
    }

    private static void polygon(StringBuilder sb, Polygon p) {
        sb.append('[');
        ring(sb, p.getExteriorRing(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            sb.append(',');
            ring(sb, p.getInteriorRingN(i), false);
        }
        sb.append(']');
    }

    private static void ring(StringBuilder sb, LinearRing r, boolean counterClockwise) {
        CoordinateSequence cs = r.getCoordinateSequence();
        boolean reverse = Orientation.isCCW(cs) != counterClockwise;
        int n = cs.size();
        sb.append('[');
        for (int i = 0; i < n; i++) {
            int k = reverse ? n - 1 - i : i;
            sb.append(i > 0 ? ",[" : "[").append(round6(cs.getX(k))).append(',').append(round6(cs.getY(k))).append(']');
        }
        sb.append(']');
    }

    private static String round6(double v) {
        return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Local equirectangular projection around a point, metres. */
    private record Projection(double lat0, double lon0, double kx) {
        Projection(double lat0, double lon0) {
            this(lat0, lon0, METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0)));
        }

        double[] xy(double lat, double lon) {
            return new double[]{(lon - lon0) * kx, (lat - lat0) * METRES_PER_DEGREE};
        }

        Geometry toLonLat(Geometry g, GeometryFactory gf) {
            Geometry c = g.copy();
            c.apply((org.locationtech.jts.geom.CoordinateFilter) co -> {
                co.x = lon0 + co.x / kx;
                co.y = lat0 + co.y / METRES_PER_DEGREE;
            });
            c.geometryChanged();
            return c;
        }
    }

    /** The first arc of {@code v} along edge {@code e} (a loop edge has two). */
    private static int firstArcOf(WalkNetwork net, int v, int e) {
        for (int a = net.firstArc(v); a < net.endArc(v); a++) {
            if (net.arcEdge(a) == e) {
                return a;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Isochrones[" + tt.profile.name() + ", buffer " + buffer + " m]";
    }
}
