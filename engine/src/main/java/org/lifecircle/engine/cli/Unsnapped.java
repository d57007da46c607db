package org.lifecircle.engine.cli;

/**
 * A point farther than the snap limit from every usable walkable edge.
 *
 * @param source         the file it came from, or {@code --isochrone-at}
 * @param row            its row (header = 1), or its position among the {@code --isochrone-at} points (from 1)
 * @param distanceMetres to the nearest usable edge; NaN when none is within {@link #SEARCH_METRES}
 */
record Unsnapped(String source, int row, String id, String name, double lon, double lat, double distanceMetres) {

    /** How far the report looks for the nearest edge. */
    static final double SEARCH_METRES = 2000;
}
