package org.lifecircle.tools.demonet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The CBD's central park inside the inner ring, with Ruyi Lake (如意湖) in its centre. No street
 * crosses the water: the park has a path round the lake and straight paths from the lake out to
 * every road that meets the inner ring.
 *
 * <p>The lake is modelled as a disc at the centre of the fitted inner ring, of the reported area:
 * about 160 亩 (≈ 0.107 km², radius ≈ {@value #LAKE_RADIUS_METRES} m); its lakeside boardwalk is
 * reported as about 1 km long, here a circle {@value #PATH_RADIUS_METRES} m from the centre. The real
 * lake is not round, and the convention centre and art centre stand on its shore.
 */
final class CbdPark {

    static final double LAKE_RADIUS_METRES = 184;
    static final double PATH_RADIUS_METRES = 195;
    private static final double STEP_DEGREES = 6;
    private static final Map<String, String> PATH = Map.of("highway", "footway");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private CbdPark() {
    }

    /** The water: no way may enter it. */
    static Geometry lake(CircleFit innerRing) {
        return GEOMETRY.createPoint(innerRing.centre()).buffer(LAKE_RADIUS_METRES, 32);
    }

    /** The lakeside path and one path from it to each joint of the inner ring. */
    static List<Way> paths(CircleFit innerRing, List<Coordinate> joints) {
        CircleFit shore = new CircleFit(innerRing.centre(), PATH_RADIUS_METRES);
        TreeMap<Double, Coordinate> lakeside = new TreeMap<>();
        for (double d = 0; d < 360; d += STEP_DEGREES) {
            double a = Math.toRadians(d) - Math.PI;
            lakeside.put(a, shore.at(a));
        }
        List<Way> ways = new ArrayList<>();
        for (Coordinate joint : joints) {
            double a = shore.angleOf(joint);
            // the path's end is a vertex of the lakeside path, so the two share a node
            lakeside.put(a, shore.at(a));
            ways.add(Way.of(List.of(shore.at(a), joint), PATH));
        }
        List<Coordinate> round = new ArrayList<>(lakeside.values());
        round.add(round.get(0));
        ways.add(0, Way.of(round, PATH));
        return ways;
    }
}
