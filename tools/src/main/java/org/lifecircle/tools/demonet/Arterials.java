package org.lifecircle.tools.demonet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The named roads, drawn through the places the stops give ({@link StopPlaces}).
 * <ul>
 *   <li>The CBD rings (商务内环路, 商务外环路) are circles fitted to their stops; every road that
 *       crosses a ring meets it at the point of the circle nearest to its crossing stops.</li>
 *   <li>The CBD's numbered streets (商务西三街 …) run radially from the inner to the outer ring, at the
 *       angle of their stops.</li>
 *   <li>Every other road is a line through its crossings and landmark stops, in order along the road's
 *       main direction. Landmark stops that only add a wiggle (within {@value #WIGGLE_METRES} m of the
 *       line past them, or {@value #NEAR_CROSSING_METRES} m of a crossing) are dropped. A road that ends
 *       at a landmark stop rather than a crossing is extended straight on to the next road when one
 *       lies within {@value #EXTEND_METRES} m: the stops end where the bus lines turn, not the road.</li>
 * </ul>
 * A road needs two places at least {@value #MIN_ROAD_METRES} m apart; roads with fewer are left out.
 * Inside the inner ring lies the CBD's central park ({@link CbdPark}): roads stop at the inner ring,
 * and a road that has no crossing stop with the outer ring stops there too rather than cut through
 * the office ring.
 */
final class Arterials {

    static final String INNER_RING = "商务内环路";
    static final String OUTER_RING = "商务外环路";
    static final double WIGGLE_METRES = 25;
    static final double NEAR_CROSSING_METRES = 80;
    static final double EXTEND_METRES = 450;
    static final double MIN_ROAD_METRES = 150;
    /** Pieces of a road shorter than this, left over from cutting it at the rings, are dropped. */
    private static final double MIN_PIECE_METRES = 20;
    /** Ring vertices at least every this many degrees, plus one at every crossing. */
    private static final double RING_STEP_DEGREES = 6;
    private static final Pattern CBD_STREET = Pattern.compile("商务[东西][一二三四五六七八九十]+街");
    /** The outer ring of 龙湖 is named by side; for the drawing it is one road. */
    private static final Map<String, String> PART_OF = Map.of(
            "龙湖外环西路", "龙湖外环路", "龙湖外环南路", "龙湖外环路", "龙湖外环东路", "龙湖外环路");

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /**
     * The drawn roads and the inner CBD ring, which the park inside it joins.
     *
     * @param ways            every road as OSM ways (a road cut by a ring is several ways)
     * @param innerRing       the circle fitted to the inner ring's stops
     * @param innerRingLine   the inner ring as drawn (closed)
     * @param innerRingJoints where other roads meet the inner ring
     */
    record Result(List<Way> ways, CircleFit innerRing, List<Coordinate> innerRingLine, List<Coordinate> innerRingJoints) {
    }

    private final List<StopPlaces.Place> places;
    private final Coordinate[] position;
    private final Map<String, List<Integer>> placesOfRoad = new TreeMap<>();

    private Arterials(List<StopPlaces.Place> places) {
        this.places = places;
        this.position = new Coordinate[places.size()];
        for (int i = 0; i < places.size(); i++) {
            position[i] = places.get(i).at();
            for (String road : places.get(i).roads()) {
                placesOfRoad.computeIfAbsent(PART_OF.getOrDefault(road, road), k -> new ArrayList<>()).add(i);
            }
        }
    }

    static Result build(List<StopPlaces.Place> places) {
        return new Arterials(places).build();
    }

    private Result build() {
        CircleFit inner = CircleFit.of(positionsOf(INNER_RING));
        CircleFit outer = CircleFit.of(positionsOf(OUTER_RING));
        Map<String, Double> streetAngles = placeOnRings(inner, outer);
        Map<String, List<Coordinate>> roads = new TreeMap<>();
        for (String road : placesOfRoad.keySet()) {
            if (road.equals(INNER_RING) || road.equals(OUTER_RING)) {
                roads.put(road, ring(road.equals(INNER_RING) ? inner : outer, placesOfRoad.get(road)));
            } else if (streetAngles.containsKey(road)) {
                double angle = streetAngles.get(road);
                roads.put(road, List.of(inner.at(angle), outer.at(angle)));
            } else {
                List<Coordinate> line = throughPlaces(placesOfRoad.get(road));
                if (line.size() >= 2 && line.get(0).distance(line.get(line.size() - 1)) >= MIN_ROAD_METRES) {
                    roads.put(road, line);
                }
            }
        }
        extendLooseEnds(roads, streetAngles.keySet());
        List<Way> ways = new ArrayList<>();
        Polygon innerDisc = GEOMETRY.createPolygon(roads.get(INNER_RING).toArray(Coordinate[]::new));
        Polygon outerDisc = GEOMETRY.createPolygon(roads.get(OUTER_RING).toArray(Coordinate[]::new));
        roads.forEach((road, line) -> {
            Geometry drawn = GEOMETRY.createLineString(line.toArray(Coordinate[]::new));
            if (!road.equals(INNER_RING) && !road.equals(OUTER_RING) && !streetAngles.containsKey(road)) {
                drawn = drawn.difference(innerDisc);
                if (!meets(road, OUTER_RING)) {
                    drawn = drawn.difference(outerDisc);
                }
            }
            for (int i = 0; i < drawn.getNumGeometries(); i++) {
                if (drawn.getGeometryN(i).getLength() >= MIN_PIECE_METRES) {
                    ways.add(Way.of(List.of(drawn.getGeometryN(i).getCoordinates()), RoadClasses.tags(road)));
                }
            }
        });
        List<Coordinate> joints = new ArrayList<>();
        for (int i : placesOfRoad.get(INNER_RING)) {
            if (places.get(i).isCrossing()) {
                joints.add(position[i]);
            }
        }
        return new Result(ways, inner, roads.get(INNER_RING), joints);
    }

    /** Whether a stop names the crossing of the two roads. */
    private boolean meets(String road, String other) {
        return placesOfRoad.get(road).stream().anyMatch(i -> places.get(i).roads().contains(other));
    }

    private List<Coordinate> positionsOf(String road) {
        return placesOfRoad.get(road).stream().map(i -> position[i]).toList();
    }

    /**
     * Moves every crossing with a ring onto the fitted circle, and the crossings of the numbered CBD
     * streets onto their radial line. Returns the angle of each numbered street.
     */
    private Map<String, Double> placeOnRings(CircleFit inner, CircleFit outer) {
        Map<String, Double> streetAngles = new TreeMap<>();
        placesOfRoad.forEach((road, at) -> {
            if (CBD_STREET.matcher(road).matches()) {
                double x = 0;
                double y = 0;
                for (int i : at) {
                    double a = inner.angleOf(position[i]);
                    x += Math.cos(a);
                    y += Math.sin(a);
                }
                streetAngles.put(road, Math.atan2(y, x));
            }
        });
        for (int i = 0; i < places.size(); i++) {
            List<String> roads = places.get(i).roads();
            CircleFit ring = roads.contains(INNER_RING) ? inner : roads.contains(OUTER_RING) ? outer : null;
            if (ring == null || !places.get(i).isCrossing()) {
                continue;
            }
            String other = roads.get(0).equals(INNER_RING) || roads.get(0).equals(OUTER_RING) ? roads.get(1) : roads.get(0);
            double angle = streetAngles.containsKey(other) ? streetAngles.get(other) : ring.angleOf(position[i]);
            position[i] = ring.at(angle);
        }
        return streetAngles;
    }

    /** A closed line along the circle through every crossing on it. */
    private List<Coordinate> ring(CircleFit circle, List<Integer> onRing) {
        TreeMap<Double, Coordinate> byAngle = new TreeMap<>();
        for (double d = 0; d < 360; d += RING_STEP_DEGREES) {
            double a = Math.toRadians(d) - Math.PI;
            byAngle.put(a, circle.at(a));
        }
        for (int i : onRing) {
            if (places.get(i).isCrossing()) {
                byAngle.put(circle.angleOf(position[i]), position[i]);
            }
        }
        List<Coordinate> line = new ArrayList<>(byAngle.values());
        line.add(line.get(0));
        return line;
    }

    /** The road's places in order along its main direction, without the ones that only add a wiggle. */
    private List<Coordinate> throughPlaces(List<Integer> onRoad) {
        List<Coordinate> points = onRoad.stream().map(i -> position[i]).toList();
        double[] axis = mainDirection(points);
        Coordinate centre = StopPlaces.mean(points);
        List<Integer> ordered = new ArrayList<>(onRoad);
        ordered.sort(Comparator.comparingDouble(i -> (position[i].x - centre.x) * axis[0] + (position[i].y - centre.y) * axis[1]));
        List<Integer> kept = new ArrayList<>(ordered);
        kept.removeIf(i -> !places.get(i).isCrossing() && onRoad.stream().anyMatch(
                c -> places.get(c).isCrossing() && position[c].distance(position[i]) < NEAR_CROSSING_METRES));
        for (int k = 1; k < kept.size() - 1; k++) {
            int i = kept.get(k);
            if (!places.get(i).isCrossing()
                    && Distance.pointToSegment(position[i], position[kept.get(k - 1)], position[kept.get(k + 1)]) < WIGGLE_METRES) {
                kept.remove(k--);
            }
        }
        List<Coordinate> line = new ArrayList<>();
        for (int i : kept) {
            // two crossings at one position (a road meeting two others there) would make a zero-length piece
            if (line.isEmpty() || !line.get(line.size() - 1).equals2D(position[i])) {
                line.add(position[i]);
            }
        }
        return line;
    }

    /** The unit vector of the principal axis of the points (largest eigenvector of their covariance). */
    private static double[] mainDirection(List<Coordinate> points) {
        Coordinate c = StopPlaces.mean(points);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (Coordinate p : points) {
            sxx += (p.x - c.x) * (p.x - c.x);
            sxy += (p.x - c.x) * (p.y - c.y);
            syy += (p.y - c.y) * (p.y - c.y);
        }
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        return new double[] {Math.cos(angle), Math.sin(angle)};
    }

    /** Extends each road (not the rings and their streets) that ends at a landmark stop straight on to the nearest road ahead, if close. */
    private void extendLooseEnds(Map<String, List<Coordinate>> roads, Set<String> cbdStreets) {
        Map<String, List<Coordinate>> extended = new TreeMap<>();
        roads.forEach((road, line) -> {
            if (road.equals(INNER_RING) || road.equals(OUTER_RING) || cbdStreets.contains(road)) {
                extended.put(road, line);
                return;
            }
            List<Coordinate> longer = new ArrayList<>(line);
            Coordinate end = endBeyond(road, line.get(line.size() - 1), line.get(line.size() - 2), roads);
            if (end != null) {
                longer.add(end);
            }
            Coordinate start = endBeyond(road, line.get(0), line.get(1), roads);
            if (start != null) {
                longer.add(0, start);
            }
            extended.put(road, longer);
        });
        roads.putAll(extended);
    }

    /** Where the road would meet another one if it went on from {@code end} (coming from {@code before}). */
    private Coordinate endBeyond(String road, Coordinate end, Coordinate before, Map<String, List<Coordinate>> roads) {
        if (isCrossing(end)) {
            return null;
        }
        double length = end.distance(before);
        Coordinate far = new Coordinate(end.x + (end.x - before.x) / length * EXTEND_METRES,
                end.y + (end.y - before.y) / length * EXTEND_METRES);
        LineString ray = GEOMETRY.createLineString(new Coordinate[] {end, far});
        Coordinate nearest = null;
        for (Map.Entry<String, List<Coordinate>> other : roads.entrySet()) {
            if (other.getKey().equals(road)) {
                continue;
            }
            for (Coordinate hit : ray.intersection(GEOMETRY.createLineString(other.getValue().toArray(Coordinate[]::new)))
                    .getCoordinates()) {
                if (hit.distance(end) > 1 && (nearest == null || hit.distance(end) < nearest.distance(end))) {
                    nearest = hit;
                }
            }
        }
        return nearest;
    }

    private boolean isCrossing(Coordinate at) {
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).isCrossing() && position[i].equals2D(at)) {
                return true;
            }
        }
        return false;
    }
}
