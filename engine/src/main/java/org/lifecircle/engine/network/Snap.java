package org.lifecircle.engine.network;

/**
 * Where a point joins the network: a position on an edge.
 *
 * @param edge          the edge
 * @param alongMetres   distance along the edge from its {@code from} node to the snapped position
 *                      (in the edge's stored length, so {@code 0 <= along <= edgeLengthMetres})
 * @param offsetMetres  straight distance from the point to the snapped position (walked too)
 * @param lat           latitude of the snapped position
 * @param lon           longitude of the snapped position
 */
public record Snap(int edge, double alongMetres, double offsetMetres, double lat, double lon) {
}
