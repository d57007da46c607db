package org.lifecircle.bench;

import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.OsmImporter;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.SpatialOrder;
import org.lifecircle.engine.network.WalkNetwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * One benchmark case: a network, origins sitting on nodes (so that every peer answers the same question
 * exactly), facilities snapped to random positions along edges, each with a category. Adult profile
 * (steps allowed at half speed, 1.2 m/s), so every edge is usable by every peer; the peers get our per-edge seconds.
 */
final class Scenario {

    static final WalkingProfile PROFILE = WalkingProfile.ADULT;

    final WalkNetwork net;
    final TravelTimes tt;
    final int[] originNode;
    final SnappedPoints origins;
    final SnappedPoints facilities;
    final int[] categoryOf;
    final int categories;
    /** Seconds from each facility to its edge's from / to node (what the peers add at the end of a search). */
    final double[] facilityToFrom;
    final double[] facilityToTo;
    final Snapper snapper;

    private Scenario(WalkNetwork net, int[] originNode, SnappedPoints facilities, int[] categoryOf, int categories, Snapper snapper) {
        this.net = net;
        this.tt = new TravelTimes(net, PROFILE);
        this.originNode = originNode;
        Snap[] o = new Snap[originNode.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = atNode(net, originNode[i]);
        }
        this.origins = new SnappedPoints(o);
        this.facilities = facilities;
        this.categoryOf = categoryOf;
        this.categories = categories;
        this.snapper = snapper;
        facilityToFrom = new double[facilities.size()];
        facilityToTo = new double[facilities.size()];
        for (int f = 0; f < facilities.size(); f++) {
            Snap s = facilities.get(f);
            facilityToFrom[f] = tt.offsetSeconds(s) + tt.edgeSeconds(s.edge(), s.alongMetres());
            facilityToTo[f] = tt.offsetSeconds(s) + tt.edgeSeconds(s.edge(), Math.max(0, net.edgeLengthMetres(s.edge()) - s.alongMetres()));
        }
    }

    /** A snap exactly at a node (start of its first edge, or end). */
    static Snap atNode(WalkNetwork net, int v) {
        int e = net.arcEdge(net.firstArc(v));
        double along = net.edgeFrom(e) == v ? 0 : net.edgeLengthMetres(e);
        return new Snap(e, along, 0, net.lat(v), net.lon(v));
    }

    /** Andorra (real OSM extract, © OpenStreetMap contributors): all nodes as origins. */
    static Scenario andorra(int categories, int perCategory, long seed) {
        Path pbf = Path.of(System.getProperty("lifecircle.andorra", "engine/src/test/resources/osm/andorra.osm.pbf"));
        WalkNetwork net;
        try {
            Path cache = Path.of("bench/target/cache");
            Files.createDirectories(cache);
            net = OsmImporter.of(pbf).withCacheDirectory(cache).load().network();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pbf.toAbsolutePath() + " (run from the repository root)", e);
        }
        int[] all = new int[net.nodeCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return withFacilities(net, all, categories, perCategory, seed);
    }

    /**
     * A synthetic city: a {@code side × side} street grid, about 65 m blocks, nodes jittered by up to
     * 5 m, 10 % of the street segments missing (dead ends, irregular blocks), every other segment bent
     * through a shape point. {@code origins} random nodes; {@code categories} categories with
     * 50 + 20·c facilities for category c (so sparse and dense kinds both appear).
     */
    static WalkNetwork gridNetwork(int side, long seed) {
        Random r = new Random(seed);
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        double dLat = 0.00058;
        double dLon = 0.00071;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                b.addNode(34.0 + i * dLat + (r.nextDouble() - 0.5) * 0.00009, 113.0 + j * dLon + (r.nextDouble() - 0.5) * 0.00011);
            }
        }
        WalkNetwork nodesOnly = b.build();
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                int v = i * side + j;
                if (j + 1 < side && r.nextInt(10) != 0) {
                    edge(b, nodesOnly, v, v + 1, r);
                }
                if (i + 1 < side && r.nextInt(10) != 0) {
                    edge(b, nodesOnly, v, v + side, r);
                }
            }
        }
        return SpatialOrder.apply(b.build()); // as OsmImporter numbers a real network
    }

    /** Origins and facilities on a grid from {@link #gridNetwork}. */
    static Scenario grid(WalkNetwork net, int originCount, int categories, long seed) {
        Random r = new Random(seed);
        int[] origins = new int[originCount];
        for (int i = 0; i < originCount; i++) {
            do {
                origins[i] = r.nextInt(net.nodeCount());
            } while (net.endArc(origins[i]) == net.firstArc(origins[i]));
        }
        int total = 0;
        for (int c = 0; c < categories; c++) {
            total += 50 + 20 * c;
        }
        int[] cat = new int[total];
        int k = 0;
        for (int c = 0; c < categories; c++) {
            for (int i = 0; i < 50 + 20 * c; i++) {
                cat[k++] = c;
            }
        }
        return build(net, origins, cat, categories, r);
    }

    private static void edge(WalkNetwork.Builder b, WalkNetwork nodes, int u, int v, Random r) {
        if (r.nextBoolean()) {
            double lat = (nodes.lat(u) + nodes.lat(v)) / 2 + (r.nextDouble() - 0.5) * 0.00004;
            double lon = (nodes.lon(u) + nodes.lon(v)) / 2 + (r.nextDouble() - 0.5) * 0.00004;
            b.addEdge(u, v, false, new double[]{lat}, new double[]{lon});
        } else {
            b.addEdge(u, v, false);
        }
    }

    private static Scenario withFacilities(WalkNetwork net, int[] originNodes, int categories, int perCategory, long seed) {
        int[] cat = new int[categories * perCategory];
        for (int i = 0; i < cat.length; i++) {
            cat[i] = i % categories;
        }
        return build(net, originNodes, cat, categories, new Random(seed));
    }

    private static Scenario build(WalkNetwork net, int[] originNodes, int[] cat, int categories, Random r) {
        Snapper snapper = Snapper.of(net);
        Snap[] f = new Snap[cat.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = randomSnap(net, snapper, r);
        }
        return new Scenario(net, originNodes, new SnappedPoints(f), cat, categories, snapper);
    }

    /** A point up to about 50 m from a random node, snapped (retried until it snaps). */
    static Snap randomSnap(WalkNetwork net, Snapper snapper, Random r) {
        while (true) {
            int v = r.nextInt(net.nodeCount());
            Snap s = snapper.snap(net.lat(v) + (r.nextDouble() - 0.5) * 0.0009, net.lon(v) + (r.nextDouble() - 0.5) * 0.0011, true);
            if (s != null) {
                return s;
            }
        }
    }

    /** Facilities of one category. */
    SnappedPoints category(int c) {
        int n = 0;
        for (int x : categoryOf) {
            n += x == c ? 1 : 0;
        }
        int[] idx = new int[n];
        int k = 0;
        for (int i = 0; i < categoryOf.length; i++) {
            if (categoryOf[i] == c) {
                idx[k++] = i;
            }
        }
        return facilities.select(idx);
    }
}
