/**
 * The engine's command-line tool ({@link org.lifecircle.engine.cli.EngineCli}): an OpenStreetMap extract, a
 * compounds CSV and a facilities CSV in; the coverage table, its population-weighted summary, isochrones
 * (GeoJSON) and the list of points too far from the network out. It only calls the engine's public API.
 * Uses picocli and commons-csv, which are optional dependencies of the engine (bundled in
 * {@code lifecircle-engine-cli.jar}).
 */
package org.lifecircle.engine.cli;
