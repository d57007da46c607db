package org.lifecircle.engine.network;

import java.util.List;

/**
 * What an import found and what it kept.
 *
 * @param walkableNodes  junction nodes of the walkable network before dropping islands
 * @param walkableEdges  walkable edges before dropping islands
 * @param components     connected parts found (the largest plus all others)
 * @param minNetworkSize parts with fewer nodes than this were dropped (the largest part is always kept)
 * @param keptNodes      nodes kept
 * @param keptEdges      edges kept
 * @param dropped        the dropped parts, largest first
 */
public record ImportReport(int walkableNodes, int walkableEdges, int components, int minNetworkSize,
                           int keptNodes, int keptEdges, List<Island> dropped) {

    public ImportReport {
        dropped = List.copyOf(dropped);
    }

    /** Nodes in all dropped parts together. */
    public int droppedNodes() {
        return dropped.stream().mapToInt(Island::nodes).sum();
    }

    @Override
    public String toString() {
        return "walkable " + walkableNodes + " nodes / " + walkableEdges + " edges in " + components
                + " parts; kept " + keptNodes + " nodes / " + keptEdges + " edges; dropped " + dropped.size()
                + " parts under " + minNetworkSize + " nodes (" + droppedNodes() + " nodes)";
    }
}
