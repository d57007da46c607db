package org.lifecircle.tools.demonet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;

/**
 * A footway from each demo compound's position (taken as its gate) straight to the nearest street,
 * so that the compound is on the network rather than snapped across a block. A compound whose
 * position lies in the lake gets none (and is listed): the demo data keeps two heat-study points
 * near the CBD centre that may not be homes.
 */
final class CompoundPaths {

    /** A compound within this distance of a street is already on it. */
    private static final double ON_STREET_METRES = 3;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    record Result(List<Way> paths, List<String> inLake) {
    }

    private CompoundPaths() {
    }

    static Result connect(List<DemoPlaces.Named> compounds, LocalPlane plane, List<Way> streets, Geometry lake) {
        List<Way> paths = new ArrayList<>();
        List<String> inLake = new ArrayList<>();
        for (DemoPlaces.Named compound : compounds) {
            Coordinate gate = plane.toPlane(compound.wgs84());
            if (lake.contains(GEOMETRY.createPoint(gate))) {
                inLake.add(compound.name());
                continue;
            }
            Coordinate street = nearestOnStreets(gate, streets);
            if (street.distance(gate) > ON_STREET_METRES) {
                paths.add(Way.of(List.of(gate, street), Map.of("highway", "footway")));
            }
        }
        return new Result(paths, inLake);
    }

    private static Coordinate nearestOnStreets(Coordinate p, List<Way> streets) {
        Coordinate best = null;
        for (Way way : streets) {
            List<Coordinate> line = way.line();
            for (int i = 1; i < line.size(); i++) {
                if (best == null || Distance.pointToSegment(p, line.get(i - 1), line.get(i)) < best.distance(p)) {
                    best = new LineSegment(line.get(i - 1), line.get(i)).closestPoint(p);
                }
            }
        }
        return best;
    }
}
