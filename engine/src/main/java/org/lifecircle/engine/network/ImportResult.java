package org.lifecircle.engine.network;

/**
 * The outcome of {@link OsmImporter#load()}.
 *
 * @param network   the walkable network that was kept
 * @param report    what was found and dropped
 * @param fromCache true when the network came from the cache file rather than from the OSM file
 * @param millis    wall time of the load, in milliseconds (for logs, not for decisions)
 */
public record ImportResult(WalkNetwork network, ImportReport report, boolean fromCache, long millis) {
}
