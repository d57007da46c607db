package org.lifecircle.bench;

import org.lifecircle.engine.access.CountTable;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.EdgeIteratorState;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.network.WalkNetwork;

import java.util.Arrays;

/**
 * The peers on the same network: GraphHopper's {@link ShortestPathTree} (single-use, one per origin, on a
 * {@link BaseGraph} holding our edges and lengths, with a time-only weighting so that it answers "fastest
 * walk", not GraphHopper's foot priority) and JGraphT's {@link DijkstraShortestPath} (one per origin,
 * optionally bounded by a radius). Each search gives seconds at the facilities' edge ends; the facility
 * time is the better end plus the partial edge, exactly as our kernels count it.
 */
final class Peers {

    /** Searches from one node: seconds at the asked nodes (infinity when not reached). */
    interface Search {
        void from(int source, double limitSeconds, int[] nodes, double[] out);
    }

    private Peers() {
    }

    static BaseGraph graphHopperGraph(WalkNetwork net) {
        BaseGraph g = new BaseGraph.Builder(4).create();
        for (int e = 0; e < net.edgeCount(); e++) {
            g.edge(net.edgeFrom(e), net.edgeTo(e)).setDistance(net.edgeLengthMetres(e));
        }
        g.freeze();
        return g;
    }

    /**
     * Weight = our walking seconds for the edge (its length at the profile's speed, slower on steps), in both
     * directions; no turn costs. The graph's edge ids are ours ({@link #graphHopperGraph} adds them in order).
     */
    static Weighting walkingTime(TravelTimes tt) {
        return new Weighting() {
            @Override
            public double calcMinWeightPerDistance() {
                return 1 / tt.profile().metresPerSecond();
            }

            @Override
            public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
                return tt.edgeSeconds(edge.getEdge(), edge.getDistance());
            }

            @Override
            public long calcEdgeMillis(EdgeIteratorState edge, boolean reverse) {
                return Math.round(calcEdgeWeight(edge, reverse) * 1000);
            }

            @Override
            public double calcTurnWeight(int inEdge, int viaNode, int outEdge) {
                return 0;
            }

            @Override
            public long calcTurnMillis(int inEdge, int viaNode, int outEdge) {
                return 0;
            }

            @Override
            public boolean hasTurnCosts() {
                return false;
            }

            @Override
            public String getName() {
                return "walking_time";
            }
        };
    }

    static Search graphHopper(BaseGraph g, Weighting w) {
        double[] dist = new double[g.getNodes()];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int[] touched = new int[g.getNodes()];
        return (source, limit, nodes, out) -> {
            ShortestPathTree spt = new ShortestPathTree(g, w, false, TraversalMode.NODE_BASED);
            spt.setWeightLimit(limit == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : limit);
            int[] count = {0};
            spt.search(source, label -> {
                if (dist[label.node] == Double.POSITIVE_INFINITY) {
                    touched[count[0]++] = label.node;
                }
                dist[label.node] = label.weight;
            });
            for (int i = 0; i < nodes.length; i++) {
                out[i] = dist[nodes[i]];
            }
            for (int i = 0; i < count[0]; i++) {
                dist[touched[i]] = Double.POSITIVE_INFINITY;
            }
        };
    }

    static Graph<Integer, DefaultWeightedEdge> jgraphtGraph(TravelTimes tt) {
        WalkNetwork net = tt.network();
        Graph<Integer, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < net.nodeCount(); v++) {
            g.addVertex(v);
        }
        for (int e = 0; e < net.edgeCount(); e++) {
            DefaultWeightedEdge edge = g.addEdge(net.edgeFrom(e), net.edgeTo(e));
            g.setEdgeWeight(edge, tt.edgeSeconds(e, net.edgeLengthMetres(e)));
        }
        return g;
    }

    static Search jgrapht(Graph<Integer, DefaultWeightedEdge> g) {
        return (source, limit, nodes, out) -> {
            ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> paths =
                    new DijkstraShortestPath<>(g, limit).getPaths(source);
            for (int i = 0; i < nodes.length; i++) {
                out[i] = paths.getWeight(nodes[i]);
            }
        };
    }

    /** Nearest facility of each category for each origin, one search per origin: {@code [category][origin]}. */
    static double[][] nearestPerOrigin(Scenario s, Search search, int originLimit, double limitSeconds) {
        int[] ends = facilityEnds(s);
        double[] at = new double[ends.length];
        int n = Math.min(originLimit, s.originNode.length);
        double[][] out = new double[s.categories][n];
        for (double[] row : out) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int o = 0; o < n; o++) {
            search.from(s.originNode[o], limitSeconds, ends, at);
            for (int f = 0; f < s.categoryOf.length; f++) {
                double t = Math.min(at[2 * f] + s.facilityToFrom[f], at[2 * f + 1] + s.facilityToTo[f]);
                if (t <= limitSeconds && t < out[s.categoryOf[f]][o]) {
                    out[s.categoryOf[f]][o] = t;
                }
            }
        }
        return out;
    }

    /** Facilities of each category within each threshold, one bounded search per origin: {@code [origin][category][t]}. */
    static int[] countsPerOrigin(Scenario s, Search search, int originLimit, double... thresholds) {
        int[] ends = facilityEnds(s);
        double[] at = new double[ends.length];
        double max = Arrays.stream(thresholds).max().orElse(0);
        int n = Math.min(originLimit, s.originNode.length);
        int nt = thresholds.length;
        int[] counts = new int[n * s.categories * nt];
        for (int o = 0; o < n; o++) {
            search.from(s.originNode[o], max, ends, at);
            for (int f = 0; f < s.categoryOf.length; f++) {
                double t = Math.min(at[2 * f] + s.facilityToFrom[f], at[2 * f + 1] + s.facilityToTo[f]);
                for (int k = 0; k < nt; k++) {
                    if (t <= thresholds[k]) {
                        counts[(o * s.categories + s.categoryOf[f]) * nt + k]++;
                    }
                }
            }
        }
        return counts;
    }

    private static int[] facilityEnds(Scenario s) {
        int[] ends = new int[2 * s.facilities.size()];
        for (int f = 0; f < s.facilities.size(); f++) {
            Snap snap = s.facilities.get(f);
            ends[2 * f] = s.net.edgeFrom(snap.edge());
            ends[2 * f + 1] = s.net.edgeTo(snap.edge());
        }
        return ends;
    }

    /**
     * Refuses to benchmark a peer that answers differently: nearest seconds within 1e-6 and
     * counts exactly, for the first {@code origins} origins of every category.
     */
    static void requireSameAnswers(String peer, double[][] ours, CountTable counts, double[][] theirs,
                                   int[] theirCounts, int categories, int origins, int thresholds) {
        for (int c = 0; c < categories; c++) {
            for (int o = 0; o < origins; o++) {
                if (ours[c][o] != theirs[c][o] && !(Math.abs(ours[c][o] - theirs[c][o]) < 1e-6)) {
                    throw new IllegalStateException(peer + " disagrees at origin " + o + " category " + c + ": "
                            + ours[c][o] + " vs " + theirs[c][o]);
                }
                for (int t = 0; t < thresholds; t++) {
                    if (counts.count(o, c, t) != theirCounts[(o * categories + c) * thresholds + t]) {
                        throw new IllegalStateException(peer + " count differs at origin " + o + " category " + c);
                    }
                }
            }
        }
    }
}
