package org.lifecircle.tools.demonet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.algorithm.MinimumAreaRectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Invented local streets inside the blocks that the arterials enclose. Zhengdong's blocks are
 * 400–800 m across, and the streets, lanes and compound roads inside them let a pedestrian through
 * every 150–250 m; the real ones are unknown here, so each block gets an even grid of them: parallel
 * to the sides of the smallest rectangle around the block, as many as make the gaps closest to
 * {@value #SPACING_METRES} m (a side of L metres gets round(L / {@value #SPACING_METRES}) − 1 lines,
 * so gaps of 150–250 m; blocks narrower than 300 m get none that way). Lines along the block's
 * longer side are tagged residential streets, the cross lines footways.
 *
 * <p>Blocks on the border of the area are open on the outside; there streets are drawn only within
 * {@value #BUILT_UP_METRES} m of a 2013 bus stop, so that open water (龙湖, north of 东风东路) and land
 * not built up in 2013 stay empty. The CBD park (inside the inner ring) is left to {@link CbdPark}.
 */
final class LocalStreets {

    static final double SPACING_METRES = 200;
    static final double BUILT_UP_METRES = 400;
    private static final double MIN_PIECE_METRES = 30;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private LocalStreets() {
    }

    /**
     * @param arterials the roads, already cut to {@code box}
     * @param box       the area, metres
     * @param park      the area inside the inner ring
     * @param builtUp   where the open border blocks get streets
     */
    static List<Way> fill(List<Way> arterials, Envelope box, Geometry park, Geometry builtUp) {
        List<Geometry> lines = new ArrayList<>();
        arterials.forEach(w -> lines.add(GEOMETRY.createLineString(w.line().toArray(Coordinate[]::new))));
        lines.add(GEOMETRY.toGeometry(box).getBoundary());
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(GEOMETRY.buildGeometry(lines).union());
        @SuppressWarnings("unchecked")
        List<Polygon> blocks = new ArrayList<>(polygonizer.getPolygons());
        blocks.sort(Comparator.comparingDouble((Polygon p) -> p.getEnvelopeInternal().getMinY())
                .thenComparingDouble(p -> p.getEnvelopeInternal().getMinX()).thenComparingDouble(Polygon::getArea));
        List<Way> streets = new ArrayList<>();
        for (Polygon block : blocks) {
            if (park.contains(block.getInteriorPoint())) {
                continue;
            }
            Geometry area = touchesBorder(block, box) ? block.intersection(builtUp) : block;
            streets.addAll(grid(area));
        }
        return streets;
    }

    private static boolean touchesBorder(Polygon block, Envelope box) {
        Envelope e = block.getEnvelopeInternal();
        double eps = 1e-6;
        return e.getMinX() <= box.getMinX() + eps || e.getMaxX() >= box.getMaxX() - eps
                || e.getMinY() <= box.getMinY() + eps || e.getMaxY() >= box.getMaxY() - eps;
    }

    private static List<Way> grid(Geometry area) {
        if (area.isEmpty()) {
            return List.of();
        }
        Coordinate[] r = MinimumAreaRectangle.getMinimumRectangle(area).getCoordinates();
        if (r.length < 4) {
            return List.of();
        }
        Coordinate corner = r[0];
        Coordinate u = new Coordinate(r[1].x - r[0].x, r[1].y - r[0].y);
        Coordinate v = new Coordinate(r[3].x - r[0].x, r[3].y - r[0].y);
        boolean uLonger = length(u) >= length(v);
        List<Way> streets = new ArrayList<>();
        streets.addAll(lines(area, corner, u, v, uLonger ? "residential" : "footway"));
        streets.addAll(lines(area, corner, v, u, uLonger ? "footway" : "residential"));
        return streets;
    }

    /** Lines parallel to {@code along}, spaced evenly across {@code across}, cut to the area. */
    private static List<Way> lines(Geometry area, Coordinate corner, Coordinate along, Coordinate across, String highway) {
        long count = Math.round(length(across) / SPACING_METRES) - 1;
        List<Way> ways = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            double f = (double) i / (count + 1);
            Coordinate start = new Coordinate(corner.x + across.x * f - along.x * 0.05, corner.y + across.y * f - along.y * 0.05);
            Coordinate end = new Coordinate(start.x + along.x * 1.1, start.y + along.y * 1.1);
            Geometry cut = GEOMETRY.createLineString(new Coordinate[] {start, end}).intersection(area);
            for (int k = 0; k < cut.getNumGeometries(); k++) {
                if (cut.getGeometryN(k).getLength() >= MIN_PIECE_METRES) {
                    ways.add(Way.of(List.of(cut.getGeometryN(k).getCoordinates()), Map.of("highway", highway)));
                }
            }
        }
        return ways;
    }

    private static double length(Coordinate vector) {
        return Math.hypot(vector.x, vector.y);
    }
}
