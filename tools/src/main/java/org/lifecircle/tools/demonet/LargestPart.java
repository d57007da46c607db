package org.lifecircle.tools.demonet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;

/**
 * Keeps the ways of the largest connected part. Cutting the invented streets to the area's border
 * and to the built-up land leaves a few short pieces that touch nothing (a street across a block's
 * corner at the border); a walking network of the demo has no use for them.
 */
final class LargestPart {

    record Result(List<Way> ways, int droppedWays) {
    }

    private LargestPart() {
    }

    /** {@code noded}: ways that share a node wherever they meet ({@link OsmFile#node}). */
    static Result of(List<Way> noded) {
        Map<Coordinate, Integer> nodeOf = new HashMap<>();
        List<Integer> parent = new ArrayList<>();
        int[] firstNode = new int[noded.size()];
        for (int w = 0; w < noded.size(); w++) {
            int previous = -1;
            for (Coordinate c : noded.get(w).line()) {
                int node = nodeOf.computeIfAbsent(c, k -> {
                    parent.add(parent.size());
                    return parent.size() - 1;
                });
                if (previous >= 0) {
                    union(parent, previous, node);
                }
                previous = node;
            }
            firstNode[w] = previous;
        }
        Map<Integer, Integer> nodesPerPart = new HashMap<>();
        for (int n = 0; n < parent.size(); n++) {
            nodesPerPart.merge(find(parent, n), 1, Integer::sum);
        }
        int largest = nodesPerPart.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        List<Way> kept = new ArrayList<>();
        for (int w = 0; w < noded.size(); w++) {
            if (find(parent, firstNode[w]) == largest) {
                kept.add(noded.get(w));
            }
        }
        return new Result(kept, noded.size() - kept.size());
    }

    private static int find(List<Integer> parent, int x) {
        while (parent.get(x) != x) {
            parent.set(x, parent.get(parent.get(x)));
            x = parent.get(x);
        }
        return x;
    }

    private static void union(List<Integer> parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent.set(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
