package org.lifecircle.engine.network;

/**
 * A connected part of the walkable network that was dropped because it has fewer nodes than the
 * minimum network size (and is not the largest part).
 *
 * @param nodes junction nodes in the part
 * @param edges edges in the part
 * @param lat   latitude of one of its nodes, to find it on a map
 * @param lon   longitude of that node
 */
public record Island(int nodes, int edges, double lat, double lon) {
}
