package org.lifecircle.engine.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Connected parts of a walk network (union-find; the network is symmetric, so these are also its
 * strongly connected parts) and the filter that keeps the largest part plus every part of at least
 * {@code minNetworkSize} nodes.
 */
final class Components {

    record Filtered(WalkNetwork network, ImportReport report) {
    }

    private Components() {
    }

    static Filtered keep(WalkNetwork net, int minNetworkSize) {
        int n = net.nodeCount();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < net.edgeCount(); e++) {
            int a = find(parent, net.edgeFrom[e]);
            int b = find(parent, net.edgeTo[e]);
            if (a != b) {
                parent[a] = b;
            }
        }
        int[] root = new int[n];
        int[] nodesOf = new int[n];
        int[] edgesOf = new int[n];
        int parts = 0;
        for (int i = 0; i < n; i++) {
            root[i] = find(parent, i);
            if (nodesOf[root[i]]++ == 0) {
                parts++;
            }
        }
        for (int e = 0; e < net.edgeCount(); e++) {
            edgesOf[root[net.edgeFrom[e]]]++;
        }
        int largest = -1;
        for (int i = 0; i < n; i++) {
            if (nodesOf[i] > 0 && (largest < 0 || nodesOf[i] > nodesOf[largest])) {
                largest = i;
            }
        }
        boolean[] keepRoot = new boolean[n];
        List<Island> dropped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (root[i] != i) {
                continue;
            }
            if (i == largest || nodesOf[i] >= minNetworkSize) {
                keepRoot[i] = true;
            } else {
                dropped.add(new Island(nodesOf[i], edgesOf[i], net.lat(i), net.lon(i)));
            }
        }
        dropped.sort(Comparator.comparingInt(Island::nodes).reversed());

        WalkNetwork.Builder b = new WalkNetwork.Builder();
        int[] newId = new int[n];
        for (int i = 0; i < n; i++) {
            newId[i] = keepRoot[root[i]] ? b.addNode(net.lat(i), net.lon(i)) : -1;
        }
        for (int e = 0; e < net.edgeCount(); e++) {
            if (newId[net.edgeFrom[e]] < 0) {
                continue;
            }
            int k = net.pillarCount(e);
            double[] lats = new double[k];
            double[] lons = new double[k];
            for (int p = 0; p < k; p++) {
                lats[p] = net.pillarLat(e, p);
                lons[p] = net.pillarLon(e, p);
            }
            int kept = b.addEdge(newId[net.edgeFrom[e]], newId[net.edgeTo[e]], net.isSteps(e), lats, lons);
            b.setName(kept, net.edgeName(e));
        }
        WalkNetwork kept = b.build();
        ImportReport report = new ImportReport(n, net.edgeCount(), parts, minNetworkSize,
                kept.nodeCount(), kept.edgeCount(), dropped);
        return new Filtered(kept, report);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
