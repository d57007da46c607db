package org.lifecircle.network;

import org.lifecircle.engine.network.ImportReport;
import org.lifecircle.engine.network.WalkNetwork;

/**
 * The walking network of the district, as loaded at startup; immutable and shared.
 *
 * @param network     the engine's network (nodes, edges, shapes, street names)
 * @param report      what the import found, kept and dropped (islands)
 * @param approximate true for the bundled demo network generated from 2013 bus stops, false for an
 *                    OpenStreetMap extract
 * @param source      the file it came from
 * @param fromCache   whether it was read from the engine's cache rather than imported
 * @param loadMillis  how long loading took
 */
public record StreetNetwork(WalkNetwork network, ImportReport report, boolean approximate, String source,
                            boolean fromCache, long loadMillis) {
}
