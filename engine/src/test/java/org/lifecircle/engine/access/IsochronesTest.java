package org.lifecircle.engine.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.engine.network.EarthDistance;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.TestNetworks;
import org.lifecircle.engine.network.WalkNetwork;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Isochrones against the per-origin reference: reached nodes inside, clearly unreached nodes outside,
 * nesting and growth, valid GeoJSON. Everything is checked on the polygons parsed back from the GeoJSON
 * text, so the output itself is what is tested.
 */
class IsochronesTest {

    private static final double[] THRESHOLDS = {300, 600, 900};
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double M_PER_DEG = Math.PI / 180 * EarthDistance.EARTH_RADIUS_METRES;

    static Stream<Arguments> cases() {
        long seed = Long.getLong("isochrones.seed", System.nanoTime());   // -Disochrones.seed=N replays a failure
        return Stream.of(
                Arguments.of("monaco", (Supplier<WalkNetwork>) TestNetworks::monaco, 21L, WalkingProfile.ADULT),
                Arguments.of("monaco", (Supplier<WalkNetwork>) TestNetworks::monaco, 22L, WalkingProfile.WHEELCHAIR),
                Arguments.of("andorra", (Supplier<WalkNetwork>) TestNetworks::andorra, 23L, WalkingProfile.ELDERLY),
                // this seed once gave a polygon that rounding to 6 decimals made invalid
                Arguments.of("random seed 7482048668516", (Supplier<WalkNetwork>) () -> TestNetworks.random(7482048668516L, 150),
                        7482048668516L, WalkingProfile.ADULT.withMetresPerSecond(0.5)),
                Arguments.of("random seed " + seed, (Supplier<WalkNetwork>) () -> TestNetworks.random(seed, 150), seed,
                        WalkingProfile.ADULT.withMetresPerSecond(0.5)));
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("cases")
    void polygonsHoldReachedNodesExcludeFarOnesNestAndParse(String name, Supplier<WalkNetwork> network, long seed,
                                                            WalkingProfile profile) throws Exception {
        WalkNetwork net = network.get();
        String ctx = name + " (seed " + seed + ", " + profile + ")";
        Snapper snapper = Snapper.of(net).withMaxDistanceMetres(100);
        Random r = new Random(seed);
        double lat;
        double lon;
        Snap snap;
        double[] time;
        int attempts = 0;
        do { // a point near a random node that snaps and reaches a few nodes in the largest threshold
            int v = r.nextInt(net.nodeCount());
            lat = net.lat(v) + (r.nextDouble() - 0.5) * 0.0006;
            lon = net.lon(v) + (r.nextDouble() - 0.5) * 0.0006;
            snap = snapper.snap(lat, lon, profile.stepsAllowed());
            time = snap == null ? new double[0] : new ReferenceRouter(net, profile, new SnappedPoints(new Snap[]{snap}),
                    new SnappedPoints(new Snap[0])).originToNodes(0, net.nodeCount());
        } while ((snap == null || !reachesEnough(time)) && ++attempts < 500);
        TravelTimes tt = new TravelTimes(net, profile);
        Isochrones iso = Isochrones.of(tt);
        List<Geometry> polys = parse(iso.geoJson(lat, lon, snap, THRESHOLDS), ctx);

        double buffer = iso.bufferMetres();
        for (int k = 0; k < THRESHOLDS.length; k++) {
            double t = THRESHOLDS[k];
            Geometry poly = polys.get(k);
            int inside = 0;
            int outside = 0;
            int outsideWithinCircle = 0;
            for (int v = 0; v < net.nodeCount(); v++) {
                Geometry point = GF.createPoint(new Coordinate(net.lon(v), net.lat(v)));
                if (time[v] <= t - 1e-6) {
                    assertThat(poly.covers(point)).as("%s: node %d reached in %.1f s lies in the %s s polygon", ctx, v, time[v], t).isTrue();
                    inside++;
                } else if (time[v] > t && farFromEverythingReached(net, tt, snap, lat, lon, time, t, v, buffer + 2)) {
                    assertThat(poly.covers(point)).as("%s: node %d reached only in %.1f s lies outside the %s s polygon", ctx, v, time[v], t).isFalse();
                    outside++;
                    if (EarthDistance.metres(lat, lon, net.lat(v), net.lon(v)) < t * profile.metresPerSecond()) {
                        outsideWithinCircle++;
                    }
                }
            }
            assertThat(inside).as(ctx + " reached nodes exist").isPositive();
            if (name.equals("monaco") && t == 300) {
                assertThat(outsideWithinCircle).as(ctx + ": not a circle, some nodes within the walking radius are outside").isPositive();
            }
            System.out.printf("isochrone %s %.0f s: %d reached nodes inside, %d far unreached outside (%d within the circle)%n",
                    ctx, t, inside, outside, outsideWithinCircle);
        }
        for (int k = 1; k < polys.size(); k++) {
            assertThat(polys.get(k).buffer(2e-6).covers(polys.get(k - 1))).as(ctx + " nested " + k).isTrue();
            assertThat(polys.get(k).getArea()).as(ctx + " area grows " + k).isGreaterThan(polys.get(k - 1).getArea());
        }
    }

    @Test
    void aLongEdgeIsCutWhereTheTimeRunsOut() throws Exception {
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        b.addNode(30, 120);
        b.addNode(30, 120.0115); // about 1.1 km east, bent through a shape point to the north
        b.addEdge(0, 1, false, new double[]{30.002}, new double[]{120.00575});
        WalkNetwork net = b.build();
        TravelTimes tt = new TravelTimes(net, WalkingProfile.ADULT);
        Snap start = Snapper.of(net).snap(30, 120, true);
        List<Geometry> polys = parse(Isochrones.of(tt).geoJson(30, 120, start, 300), "long edge");
        // 300 s at 1.2 m/s = 360 m along the first (north-east) segment of the shape
        double segLen = EarthDistance.metres(30, 120, 30.002, 120.00575);
        Geometry poly = polys.get(0);
        assertThat(poly.covers(pointAlong(340 / segLen))).isTrue();
        assertThat(poly.covers(pointAlong(420 / segLen))).as("40 m past the cut plus the 30 m buffer").isFalse();
        assertThat(poly.covers(GF.createPoint(new Coordinate(120.0115, 30)))).isFalse();
        // the straight line between the ends is not walked: no convex hull, no circle
        assertThat(poly.covers(GF.createPoint(new Coordinate(120.002, 30)))).isFalse();
    }

    @Test
    void onStepsTheWalkReachesHalfAsFar() throws Exception {
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        b.addNode(30, 120);
        b.addNode(30.002, 120); // about 222 m north, all steps
        b.addEdge(0, 1, true);
        TravelTimes tt = new TravelTimes(b.build(), WalkingProfile.ADULT);
        Snap start = new Snap(0, 0, 0, 30, 120);
        Geometry poly = Isochrones.of(tt).withBufferMetres(1).polygons(30, 120, start, 60).get(0).lonLat();
        double metreOfLat = 0.002 / EarthDistance.metres(30, 120, 30.002, 120);
        // 60 s at 1.2 m/s would be 72 m on the level; on steps, twice as slow, 36 m
        assertThat(poly.covers(GF.createPoint(new Coordinate(120, 30 + 34 * metreOfLat)))).isTrue();
        assertThat(poly.covers(GF.createPoint(new Coordinate(120, 30 + 40 * metreOfLat)))).isFalse();
    }

    @Test
    void serviceAreasGiveEveryStreetToTheNearestPoint() {
        WalkNetwork net = TestNetworks.monaco();
        TravelTimes tt = new TravelTimes(net, WalkingProfile.ADULT);
        double[][] p = new double[2][4];
        for (int i = 0; i < 4; i++) { // a few metres off four nodes spread over the network
            int v = net.nodeCount() * (2 * i + 1) / 8;
            p[0][i] = net.lat(v) + 0.00003;
            p[1][i] = net.lon(v) - 0.00002;
        }
        SnappedPoints centers = Snapper.of(net).snapAll(p[0], p[1], true);
        // a 1 m buffer: with 30 m, a node would also be covered by a parallel street of another area
        List<Isochrones.ServiceArea> areas = Isochrones.of(tt).withBufferMetres(1).serviceAreas(p[0], p[1], centers);
        assertThat(areas).hasSize(4);
        double[][] fromEach = new double[4][];
        for (int i = 0; i < 4; i++) {
            fromEach[i] = NearestFacility.nodeSeconds(tt, centers.select(new int[]{i}));
            if (centers.get(i) == null) {
                assertThat(areas.get(i).areaSquareMetres()).as("unsnapped point %d has no area", i).isZero();
            } else {
                assertThat(areas.get(i).lonLat().covers(GF.createPoint(new Coordinate(p[1][i], p[0][i])))).as("point %d in its own area", i).isTrue();
            }
        }
        assertThat(centers.snappedCount()).isEqualTo(4);
        int checked = 0;
        for (int v = 0; v < net.nodeCount(); v++) {
            int best = -1;
            double bestT = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            for (int i = 0; i < 4; i++) {
                if (fromEach[i][v] < bestT) {
                    second = bestT;
                    bestT = fromEach[i][v];
                    best = i;
                } else {
                    second = Math.min(second, fromEach[i][v]);
                }
            }
            if (best < 0 || second - bestT < 120) {
                continue; // near a border the buffers overlap: only clear cases are checked
            }
            var node = GF.createPoint(new Coordinate(net.lon(v), net.lat(v)));
            assertThat(areas.get(best).lonLat().covers(node)).as("node %d in the area of point %d", v, best).isTrue();
            for (int i = 0; i < 4; i++) {
                if (i != best) {
                    assertThat(areas.get(i).lonLat().covers(node)).as("node %d, clearly nearer to %d, not in area %d", v, best, i).isFalse();
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(net.nodeCount() / 2);
    }

    @Test
    void severalPointsCoverWhatAnyOfThemReachesAndNoMore() throws Exception {
        WalkNetwork net = TestNetworks.monaco();
        WalkingProfile profile = WalkingProfile.ADULT;
        TravelTimes tt = new TravelTimes(net, profile);
        Isochrones iso = Isochrones.of(tt);
        // three points beside nodes spread over Monaco, and one 1 km out at sea, which is skipped
        int n = net.nodeCount();
        double[] lats = {net.lat(0) + 0.0002, net.lat(n / 3) - 0.0001, net.lat(2 * n / 3) + 0.0001, 43.725};
        double[] lons = {net.lon(0) + 0.0001, net.lon(n / 3) + 0.0002, net.lon(2 * n / 3) - 0.0002, 7.445};
        SnappedPoints snaps = Snapper.of(net).snapAll(lats, lons, true);
        assertThat(snaps.unsnapped()).containsExactly(3);
        List<Geometry> multi = parse(Isochrones.toGeoJson(iso.polygons(lats, lons, snaps, THRESHOLDS)), "three points");

        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        List<List<Geometry>> singles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            singles.add(parse(iso.geoJson(lats[i], lons[i], snaps.get(i), THRESHOLDS), "point " + i));
            double[] time = new ReferenceRouter(net, profile, snaps.select(new int[]{i}), new SnappedPoints(new Snap[0]))
                    .originToNodes(0, n);
            for (int v = 0; v < n; v++) {
                nearest[v] = Math.min(nearest[v], time[v]);
            }
        }
        for (int k = 0; k < THRESHOLDS.length; k++) {
            Geometry poly = multi.get(k);
            for (int v = 0; v < n; v++) {
                if (nearest[v] <= THRESHOLDS[k] - 1e-6) {
                    assertThat(poly.covers(GF.createPoint(new Coordinate(net.lon(v), net.lat(v)))))
                            .as("node %d reached in %.1f s from the nearest point lies in the %s s polygon", v, nearest[v], THRESHOLDS[k])
                            .isTrue();
                }
            }
            // the area reached from any point is the union of the areas reached from each, up to the chords
            // that approximate round buffer ends (30 m × (1 − cos 11.25°) = 0.58 m where a piece's end in one
            // is a bend in the other), JTS simplifying each line by 1 % of the buffer before offsetting it (0.3 m:
            // pieces are merged into longer lines differently in the two cases) and the 6-decimal grid
            final int t = k;
            Geometry union = GF.buildGeometry(singles.stream().map(one -> one.get(t)).toList()).union();
            double tolerance = 1.0 / (M_PER_DEG * Math.cos(Math.toRadians(43.73)));
            System.out.printf("three points %.0f s: multi-source minus union %.1f m², union minus multi-source %.1f m² of %.0f m²%n",
                    THRESHOLDS[k], squareMetres(poly.difference(union)), squareMetres(union.difference(poly)), squareMetres(poly));
            assertThat(poly.buffer(tolerance).covers(union)).as("%s s: covers every single-point polygon", THRESHOLDS[k]).isTrue();
            assertThat(union.buffer(tolerance).covers(poly)).as("%s s: within their union", THRESHOLDS[k]).isTrue();
        }
    }

    @Test
    void onePointGivesTheSinglePointPolygonsAndNoSnappedPointGivesEmptyOnes() throws Exception {
        WalkNetwork net = TestNetworks.monaco();
        TravelTimes tt = new TravelTimes(net, WalkingProfile.ELDERLY);
        Isochrones iso = Isochrones.of(tt);
        double lat = net.lat(100) + 0.0002;
        double lon = net.lon(100) - 0.0001;
        SnappedPoints one = Snapper.of(net).snapAll(new double[]{lat}, new double[]{lon}, true);
        assertThat(Isochrones.toGeoJson(iso.polygons(new double[]{lat}, new double[]{lon}, one, THRESHOLDS)))
                .isEqualTo(iso.geoJson(lat, lon, one.get(0), THRESHOLDS));

        SnappedPoints atSea = Snapper.of(net).snapAll(new double[]{43.725}, new double[]{7.445}, true);
        List<Isochrones.Isochrone> empty = iso.polygons(new double[]{43.725}, new double[]{7.445}, atSea, THRESHOLDS);
        assertThat(empty).extracting(Isochrones.Isochrone::areaSquareMetres).containsExactly(0.0, 0.0, 0.0);
        List<Geometry> parsed = parse(Isochrones.toGeoJson(empty), "no snapped point");
        assertThat(parsed).hasSize(3).allMatch(Geometry::isEmpty);
    }

    @Test
    void fiftyPointsOnAndorraGivePolygonsOnlyNestedOnTheGrid() throws Exception {
        // these points once made the nesting union return a collection with a collapsed line, which the
        // next threshold's union refused ("Overlay input is mixed-dimension")
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                IsochronesTest.class.getResource("/isochrones/andorra-50-points.csv").toURI()));
        double[] lons = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[0])).toArray();
        double[] lats = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).toArray();
        WalkNetwork net = TestNetworks.andorra();
        SnappedPoints snaps = Snapper.of(net).snapAll(lats, lons, true);
        List<Isochrones.Isochrone> polys = Isochrones.of(new TravelTimes(net, WalkingProfile.ELDERLY)).polygons(lats, lons, snaps, THRESHOLDS);
        for (Isochrones.Isochrone p : polys) {
            assertThat(p.lonLat().getGeometryType()).isIn("Polygon", "MultiPolygon");
        }
        List<Geometry> parsed = parse(Isochrones.toGeoJson(polys), "50 points on Andorra");
        for (int k = 1; k < parsed.size(); k++) {
            assertThat(parsed.get(k).buffer(2e-6).covers(parsed.get(k - 1))).as("nested " + k).isTrue();
        }
    }

    private static double squareMetres(Geometry lonLat) {
        return lonLat.getArea() * M_PER_DEG * M_PER_DEG * Math.cos(Math.toRadians(lonLat.getCentroid().getY()));
    }

    private static Geometry pointAlong(double f) {
        return GF.createPoint(new Coordinate(120 + f * 0.00575, 30 + f * 0.002));
    }

    /**
     * True when the node is more than {@code margin} metres from every edge with a reached end (whole
     * edges, a superset of what was reached), from the start edge and from the straight walk to it.
     */
    /**
     * An origin worth testing reaches a node within the smallest threshold (else "inside" would be checked on nothing:
     * seed 2451585340401 once drew one whose nearest node was more than 300 s away) and ten within the largest.
     */
    private static boolean reachesEnough(double[] time) {
        return java.util.Arrays.stream(time).anyMatch(x -> x <= THRESHOLDS[0] - 1e-6)
                && java.util.Arrays.stream(time).filter(x -> x <= THRESHOLDS[THRESHOLDS.length - 1]).count() >= 10;
    }

    private static boolean farFromEverythingReached(WalkNetwork net, TravelTimes tt, Snap snap, double lat, double lon,
                                                    double[] time, double t, int v, double margin) {
        double kx = M_PER_DEG * Math.cos(Math.toRadians(net.lat(v)));
        if (segmentDistance(net.lat(v), net.lon(v), lat, lon, snap.lat(), snap.lon(), kx) <= margin
                || edgeDistance(net, snap.edge(), v, kx) <= margin) {
            return false;
        }
        for (int e = 0; e < net.edgeCount(); e++) {
            if ((time[net.edgeFrom(e)] <= t || time[net.edgeTo(e)] <= t) && edgeDistance(net, e, v, kx) <= margin) {
                return false;
            }
        }
        return true;
    }

    private static double edgeDistance(WalkNetwork net, int e, int v, double kx) {
        int k = net.pillarCount(e);
        double best = Double.MAX_VALUE;
        double pLat = net.lat(net.edgeFrom(e));
        double pLon = net.lon(net.edgeFrom(e));
        for (int i = 0; i <= k; i++) {
            double qLat = i < k ? net.pillarLat(e, i) : net.lat(net.edgeTo(e));
            double qLon = i < k ? net.pillarLon(e, i) : net.lon(net.edgeTo(e));
            best = Math.min(best, segmentDistance(net.lat(v), net.lon(v), pLat, pLon, qLat, qLon, kx));
            pLat = qLat;
            pLon = qLon;
        }
        return best;
    }

    private static double segmentDistance(double lat, double lon, double aLat, double aLon, double bLat, double bLon, double kx) {
        double ax = (aLon - lon) * kx;
        double ay = (aLat - lat) * M_PER_DEG;
        double dx = (bLon - aLon) * kx;
        double dy = (bLat - aLat) * M_PER_DEG;
        double len2 = dx * dx + dy * dy;
        double f = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        return Math.hypot(ax + f * dx, ay + f * dy);
    }

    /** Parses the FeatureCollection, checks its shape, and returns valid JTS polygons in feature order. */
    private static List<Geometry> parse(String geoJson, String ctx) throws Exception {
        JsonNode root = new ObjectMapper().readTree(geoJson);
        assertThat(root.path("type").asText()).isEqualTo("FeatureCollection");
        List<Geometry> out = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            assertThat(f.path("type").asText()).isEqualTo("Feature");
            assertThat(f.path("properties").path("seconds").isNumber()).isTrue();
            JsonNode g = f.path("geometry");
            String type = g.path("type").asText();
            assertThat(type).isIn("Polygon", "MultiPolygon");
            List<Polygon> parts = new ArrayList<>();
            if (type.equals("Polygon")) {
                parts.add(polygon(g.path("coordinates")));
            } else {
                for (JsonNode p : g.path("coordinates")) {
                    parts.add(polygon(p));
                }
            }
            Geometry geom = GF.createMultiPolygon(parts.toArray(new Polygon[0]));
            assertThat(geom.isValid()).as(ctx + " valid polygon for " + f.path("properties")).isTrue();
            out.add(geom);
        }
        return out;
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<Coordinate> cs = new ArrayList<>();
            for (JsonNode c : ring) {
                assertThat(c.size()).isEqualTo(2);
                String x = c.get(0).asText();
                assertThat(x.length() - x.indexOf('.') - 1).as("6 decimals at most: " + x).isLessThanOrEqualTo(6);
                cs.add(new Coordinate(c.get(0).asDouble(), c.get(1).asDouble()));
            }
            LinearRing lr = GF.createLinearRing(cs.toArray(new Coordinate[0]));
            boolean ccw = org.locationtech.jts.algorithm.Orientation.isCCW(lr.getCoordinateSequence());
            if (shell == null) {
                assertThat(ccw).as("outer ring counter-clockwise").isTrue();
                shell = lr;
            } else {
                assertThat(ccw).as("hole clockwise").isFalse();
                holes.add(lr);
            }
        }
        return GF.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }
}
