package org.lifecircle.engine.cli;

/**
 * A residential compound from the compounds file, its position in WGS-84 (converted from the row's system).
 *
 * @param row   row number in the file (header = 1)
 * @param group community or other group; blank when the file has none
 */
record Compound(int row, String id, String name, String group, double lon, double lat, double population) {
}
