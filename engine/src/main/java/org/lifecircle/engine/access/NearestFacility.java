package org.lifecircle.engine.access;

import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;

/**
 * Walking seconds to the nearest facility, by one multi-source Dijkstra per facility set: every
 * facility starts the search at both ends of its edge (partial edge and offset walk already spent),
 * so one search gives the time from every node, and from every origin, to its nearest facility.
 * The network is symmetric, so the time from a facility to a node equals the walk from the node to it.
 *
 * <p>Origin time = its offset walk + the better of: through either end of its edge, or along the edge
 * to a facility snapped onto the same edge. Unsnapped or unreachable: {@code +Infinity}.
 *
 * <p>Stateless; every call allocates its own search state, so calls may run in parallel.
 */
public final class NearestFacility {

    private NearestFacility() {
    }

    /** Seconds from every node to the nearest of {@code facilities} (one search). */
    public static double[] nodeSeconds(TravelTimes tt, SnappedPoints facilities) {
        Dijkstra d = new Dijkstra(tt);
        seed(d, tt, facilities);
        d.run(Double.POSITIVE_INFINITY);
        return d.distances();
    }

    /** Seconds from every origin to the nearest of {@code facilities}, in origin order. */
    public static double[] originSeconds(TravelTimes tt, SnappedPoints facilities, SnappedPoints origins) {
        return originSeconds(new Dijkstra(tt), tt, facilities, origins, Double.POSITIVE_INFINITY);
    }

    /**
     * Seconds from every origin to the nearest facility of each category: {@code [category][origin]},
     * one search per category.
     *
     * @param categoryOf the category ({@code 0..categories-1}) of each facility
     */
    public static double[][] byCategory(TravelTimes tt, SnappedPoints facilities, int[] categoryOf, int categories,
                                        SnappedPoints origins) {
        return byCategory(tt, facilities, categoryOf, categories, origins, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #byCategory(TravelTimes, SnappedPoints, int[], int, SnappedPoints)}, but each search stops at
     * {@code maxSeconds}: times above it are reported as {@code +Infinity} (much faster on a city network
     * when only, say, 15 minutes matter).
     */
    public static double[][] byCategory(TravelTimes tt, SnappedPoints facilities, int[] categoryOf, int categories,
                                        SnappedPoints origins, double maxSeconds) {
        return byCategory(tt, facilities, categoryOf, categories, origins, maxSeconds, 1);
    }

    /**
     * As {@link #byCategory(TravelTimes, SnappedPoints, int[], int, SnappedPoints, double)}, with the
     * categories shared among {@code threads} threads (each with its own search state); the result is
     * the same for any number of threads.
     */
    public static double[][] byCategory(TravelTimes tt, SnappedPoints facilities, int[] categoryOf, int categories,
                                        SnappedPoints origins, double maxSeconds, int threads) {
        if (categoryOf.length != facilities.size()) {
            throw new IllegalArgumentException("one category per facility: " + categoryOf.length + " for " + facilities.size());
        }
        for (int c : categoryOf) {
            if (c < 0 || c >= categories) {
                throw new IllegalArgumentException("category " + c + " outside 0.." + (categories - 1));
            }
        }
        if (!(maxSeconds >= 0)) {
            throw new IllegalArgumentException("maxSeconds must be >= 0, was " + maxSeconds);
        }
        double[][] out = new double[categories][];
        Parallel.run(Math.min(threads, Math.max(1, categories)), (worker, workers) -> {
            Dijkstra d = new Dijkstra(tt); // reused: resetting costs only what the previous search touched
            Parallel.share(worker, workers, categories, c -> {
                int[] members = java.util.stream.IntStream.range(0, categoryOf.length).filter(i -> categoryOf[i] == c).toArray();
                out[c] = originSeconds(d, tt, facilities.select(members), origins, maxSeconds);
            });
        });
        return out;
    }

    private static double[] originSeconds(Dijkstra d, TravelTimes tt, SnappedPoints facilities, SnappedPoints origins,
                                          double maxSeconds) {
        d.reset();
        seed(d, tt, facilities);
        d.run(maxSeconds);
        // every node not settled is farther than maxSeconds, so a time through it is above the limit too
        PointIndex index = new PointIndex(tt, facilities);
        double[] out = new double[origins.size()];
        for (int o = 0; o < out.length; o++) {
            double t = originTime(tt, d, index, facilities, origins.get(o));
            out[o] = t <= maxSeconds ? t : Double.POSITIVE_INFINITY;
        }
        return out;
    }

    static void seed(Dijkstra d, TravelTimes tt, SnappedPoints facilities) {
        for (int i = 0; i < facilities.size(); i++) {
            Snap s = facilities.get(i);
            if (s != null) {
                d.seed(tt.net.edgeFrom(s.edge()), tt.toFrom(s));
                d.seed(tt.net.edgeTo(s.edge()), tt.toTo(s));
            }
        }
    }

    static double originTime(TravelTimes tt, Dijkstra node, PointIndex index, SnappedPoints facilities, Snap o) {
        if (o == null) {
            return Double.POSITIVE_INFINITY;
        }
        int e = o.edge();
        double best = Math.min(node.dist(tt.net.edgeFrom(e)) + tt.toFrom(o), node.dist(tt.net.edgeTo(e)) + tt.toTo(o));
        for (int p = index.firstOnEdge(e); index.isOnEdge(p, e); p++) {
            best = Math.min(best, tt.sameEdge(o, facilities.get(index.pointOnEdgeAt(p))));
        }
        return best;
    }
}
