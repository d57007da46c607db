package org.lifecircle.engine.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/** Networks for tests: the real extracts (imported once per test JVM) and seeded random ones. */
public final class TestNetworks {

    private static WalkNetwork monaco;
    private static WalkNetwork andorra;

    private TestNetworks() {
    }

    public static synchronized WalkNetwork monaco() {
        if (monaco == null) {
            monaco = load("monaco.osm.gz");
        }
        return monaco;
    }

    public static synchronized WalkNetwork andorra() {
        if (andorra == null) {
            andorra = load("andorra.osm.pbf");
        }
        return andorra;
    }

    private static WalkNetwork load(String name) {
        try {
            return OsmImporter.of(OsmImporterTest.resource(name)).withoutCache().load().network();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A random network in a box of about 1.1 × 1.1 km: {@code n} nodes, each joined to a few near
     * neighbours (some edges bent by a shape point, some steps), so it has cycles, dead ends and
     * sometimes several parts.
     */
    public static WalkNetwork random(long seed, int n) {
        Random r = new Random(seed);
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = 30 + r.nextDouble() * 0.01;
            lon[i] = 120 + r.nextDouble() * 0.01;
            b.addNode(lat[i], lon[i]);
        }
        for (int i = 0; i < n; i++) {
            int links = 1 + r.nextInt(3);
            for (int k = 0; k < links; k++) {
                // a near node: the closest of a few random candidates
                int best = -1;
                double bestD = Double.MAX_VALUE;
                for (int c = 0; c < 8; c++) {
                    int j = r.nextInt(n);
                    double d = Math.hypot(lat[i] - lat[j], lon[i] - lon[j]);
                    if (j != i && d < bestD) {
                        best = j;
                        bestD = d;
                    }
                }
                if (best < 0) {
                    continue;
                }
                boolean steps = r.nextInt(10) == 0;
                if (r.nextBoolean()) {
                    double mLat = (lat[i] + lat[best]) / 2 + (r.nextDouble() - 0.5) * 0.0005;
                    double mLon = (lon[i] + lon[best]) / 2 + (r.nextDouble() - 0.5) * 0.0005;
                    b.addEdge(i, best, steps, new double[]{mLat}, new double[]{mLon});
                } else {
                    b.addEdge(i, best, steps);
                }
            }
        }
        return b.build();
    }

    /** Random points in the bounding box of the network's nodes, widened by {@code marginDeg}. */
    public static double[][] randomPoints(WalkNetwork net, long seed, int count, double marginDeg) {
        double loLat = 90, hiLat = -90, loLon = 180, hiLon = -180;
        for (int i = 0; i < net.nodeCount(); i++) {
            loLat = Math.min(loLat, net.lat(i));
            hiLat = Math.max(hiLat, net.lat(i));
            loLon = Math.min(loLon, net.lon(i));
            hiLon = Math.max(hiLon, net.lon(i));
        }
        Random r = new Random(seed);
        double[][] p = new double[2][count];
        for (int i = 0; i < count; i++) {
            p[0][i] = loLat - marginDeg + r.nextDouble() * (hiLat - loLat + 2 * marginDeg);
            p[1][i] = loLon - marginDeg + r.nextDouble() * (hiLon - loLon + 2 * marginDeg);
        }
        return p;
    }
}
