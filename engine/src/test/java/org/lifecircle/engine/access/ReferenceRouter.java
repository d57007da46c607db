package org.lifecircle.engine.access;

import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The plain reference for the kernels, written separately and simply: every snapped point becomes a
 * real node (its edge is physically split at the snapped positions, and a link of the offset length
 * joins the point), then a textbook per-origin Dijkstra with java.util.PriorityQueue runs on that
 * graph.
 */
final class ReferenceRouter {

    private final List<List<double[]>> adj = new ArrayList<>(); // {target, seconds}
    private final int originBase;
    private final int facilityBase;
    private final int origins;
    private final int facilities;

    ReferenceRouter(WalkNetwork net, WalkingProfile profile, SnappedPoints originPts, SnappedPoints facilityPts) {
        double speed = profile.metresPerSecond();
        origins = originPts.size();
        facilities = facilityPts.size();
        originBase = net.nodeCount();
        facilityBase = originBase + origins;
        for (int i = 0; i < facilityBase + facilities; i++) {
            adj.add(new ArrayList<>());
        }
        List<List<double[]>> onEdge = new ArrayList<>(); // per edge: {along, split node}
        for (int e = 0; e < net.edgeCount(); e++) {
            onEdge.add(new ArrayList<>());
        }
        for (int k = 0; k < origins + facilities; k++) {
            Snap s = k < origins ? originPts.get(k) : facilityPts.get(k - origins);
            if (s == null) {
                continue;
            }
            int split = newNode();
            link(originBase + k, split, s.offsetMetres() / speed);
            onEdge.get(s.edge()).add(new double[]{s.alongMetres(), split});
        }
        for (int e = 0; e < net.edgeCount(); e++) {
            if (net.isSteps(e) && !profile.stepsAllowed()) {
                continue;
            }
            double secondsPerMetre = (net.isSteps(e) ? profile.stepsTimeFactor() : 1) / speed;
            List<double[]> pts = onEdge.get(e);
            pts.sort(Comparator.comparingDouble(p -> p[0]));
            int prev = net.edgeFrom(e);
            double prevAlong = 0;
            for (double[] p : pts) {
                link(prev, (int) p[1], (p[0] - prevAlong) * secondsPerMetre);
                prev = (int) p[1];
                prevAlong = p[0];
            }
            link(prev, net.edgeTo(e), (net.edgeLengthMetres(e) - prevAlong) * secondsPerMetre);
        }
    }

    private int newNode() {
        adj.add(new ArrayList<>());
        return adj.size() - 1;
    }

    private void link(int a, int b, double seconds) {
        adj.get(a).add(new double[]{b, seconds});
        adj.get(b).add(new double[]{a, seconds});
    }

    /** Seconds from origin {@code o} to every facility (infinity when unreachable or unsnapped). */
    double[] secondsToFacilities(int o) {
        double[] all = dijkstra(originBase + o);
        return Arrays.copyOfRange(all, facilityBase, facilityBase + facilities);
    }

    /** Seconds from origin {@code o} to every network node. */
    double[] originToNodes(int o, int nodeCount) {
        return Arrays.copyOf(dijkstra(originBase + o), nodeCount);
    }

    /** Seconds from network node {@code v} to every network node. */
    double[] nodeToNodes(int v, int nodeCount) {
        return Arrays.copyOf(dijkstra(v), nodeCount);
    }

    private double[] dijkstra(int source) {
        double[] dist = new double[adj.size()];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[source] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>(Comparator.comparingDouble(q -> q[1]));
        queue.add(new double[]{source, 0});
        while (!queue.isEmpty()) {
            double[] q = queue.poll();
            int v = (int) q[0];
            if (q[1] > dist[v]) {
                continue;
            }
            for (double[] arc : adj.get(v)) {
                int w = (int) arc[0];
                double d = dist[v] + arc[1];
                if (d < dist[w]) {
                    dist[w] = d;
                    queue.add(new double[]{w, d});
                }
            }
        }
        return dist;
    }
}
