package org.lifecircle.engine.cli;

/**
 * A facility from the facilities file, its position in WGS-84 (converted from the row's system).
 *
 * @param row row number in the file (header = 1)
 */
record Facility(int row, String id, String name, String category, double lon, double lat) {
}
