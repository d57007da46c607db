package org.lifecircle.planning.report;

import java.util.List;

import org.lifecircle.engine.network.EarthDistance;
import org.lifecircle.planning.coverage.CoverageReport.CompoundAccess;

/**
 * Where a point falls on the printed map: a local flat projection (metres east and north of the view's
 * centre, scaled to pixels), which at sub-district size is off by far less than a pixel. The view is
 * the compounds' bounding box plus a margin, fitted into the map's width and height.
 */
record MapView(double width, double height, double centreLon, double centreLat, double pixelsPerMetre) {

    static final double MARGIN_METRES = 300;
    private static final double METRES_PER_DEGREE = EarthDistance.EARTH_RADIUS_METRES * Math.PI / 180;

    /** The view around the compounds (at least one). */
    static MapView around(List<CompoundAccess> compounds, double width, double height) {
        double west = compounds.stream().mapToDouble(CompoundAccess::lon).min().orElseThrow();
        double east = compounds.stream().mapToDouble(CompoundAccess::lon).max().orElseThrow();
        double south = compounds.stream().mapToDouble(CompoundAccess::lat).min().orElseThrow();
        double north = compounds.stream().mapToDouble(CompoundAccess::lat).max().orElseThrow();
        double lat = (south + north) / 2;
        double metresWide = (east - west) * METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)) + 2 * MARGIN_METRES;
        double metresHigh = (north - south) * METRES_PER_DEGREE + 2 * MARGIN_METRES;
        return new MapView(width, height, (west + east) / 2, lat, Math.min(width / metresWide, height / metresHigh));
    }

    double x(double lon) {
        return width / 2 + (lon - centreLon) * METRES_PER_DEGREE * Math.cos(Math.toRadians(centreLat)) * pixelsPerMetre;
    }

    double y(double lat) {
        return height / 2 - (lat - centreLat) * METRES_PER_DEGREE * pixelsPerMetre;
    }

    /** True when a box (in pixels) overlaps the view. */
    boolean overlaps(double minX, double minY, double maxX, double maxY) {
        return maxX >= 0 && minX <= width && maxY >= 0 && minY <= height;
    }

    boolean shows(double lon, double lat) {
        return overlaps(x(lon), y(lat), x(lon), y(lat));
    }
}
