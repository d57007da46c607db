package org.lifecircle.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;

import org.lifecircle.engine.access.PairTimes;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.engine.siting.Siting;
import org.lifecircle.engine.siting.SitingInstance;
import org.lifecircle.engine.siting.SitingRequest;
import org.lifecircle.engine.siting.SitingRequest.Method;
import org.lifecircle.engine.siting.SitingSolution;

/**
 * Issue 5's speed targets, as a command that prints its figures (each run is seconds long, so JMH's repetition
 * adds nothing but hours):
 * <ul>
 *   <li>{@code district}: 1,000 candidate sites × 10,000 demand points on a 6.5 km street grid, walking times from
 *       the engine; MCLP at 5, 10 and 15 minutes, k = 5, 10, 20, and p-median, each solved exactly (target: proven
 *       optimum in under 10 s);</li>
 *   <li>{@code city}: 10,000 candidates × 100,000 demand points on a 26 km grid, 15 minutes, k = 50, 100, 200, by
 *       the heuristic (target: under 30 s, within 2 % of the best bound found).</li>
 * </ul>
 * Demand points are buildings clustered in compounds (Gaussian spread of 80 m round a compound's centre), weighted
 * by residents; candidates are random street nodes. Run from the repository root:
 * {@code java -cp bench/target/benchmarks.jar org.lifecircle.bench.SitingBench district|city [threads]}.
 */
public final class SitingBench {

    private SitingBench() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        String which = args.length > 0 ? args[0] : "district";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        switch (which) {
            case "district" -> district(threads);
            case "one" -> one(threads, Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4],
                    args.length > 5 && args[5].equals("median"));
            case "city" -> city(threads);
            default -> throw new IllegalArgumentException("district or city, not " + which);
        }
    }

    static void district(int threads) {
        Case c = Case.build(100, 1_000, 10_000, 400, 900, threads, 21);
        for (int minutes : new int[] {5, 10, 15}) {
            SitingInstance in = c.instance; // its pairs reach 15 minutes; the threshold selects
            for (int k : new int[] {5, 10, 20}) {
                report("MCLP " + minutes + " min", k, in, SitingRequest.maximalCovering(minutes * 60.0, k)
                        .withMethod(Method.EXACT).withTimeLimit(Duration.ofSeconds(60)));
            }
        }
        for (int k : new int[] {5, 10, 20}) {
            report("p-median (15 min matrix)", k, c.instance, SitingRequest.pMedian(k).withThreshold(900)
                    .withMethod(Method.EXACT).withTimeLimit(Duration.ofSeconds(60)));
        }
    }

    /**
     * One district case on a chosen MIP backend, with the engine's phases and their times printed:
     * {@code one THREADS MINUTES K BACKEND [median]} (MCLP at MINUTES, or p-median on the 15-minute matrix).
     */
    static void one(int threads, int minutes, int k, String backend, boolean median) {
        Case c = Case.build(100, 1_000, 10_000, 400, 900, threads, 21);
        SitingRequest request = median ? SitingRequest.pMedian(k).withThreshold(minutes * 60.0)
                : SitingRequest.maximalCovering(minutes * 60.0, k);
        long start = System.nanoTime();
        SitingSolution s = Siting.create().withBackend(backend)
                .withProgress((phase, fraction) -> System.out.printf("  %6.2f s  %s %.2f%n", (System.nanoTime() - start) / 1e9, phase, fraction))
                .run(c.instance, request.withMethod(Method.EXACT).withTimeLimit(Duration.ofSeconds(120)));
        print((median ? "p-median, " : "MCLP ") + minutes + " min", k, s);
    }

    static void city(int threads) {
        Case c = Case.build(400, 10_000, 100_000, 3_000, 900, threads, 22);
        for (int k : new int[] {50, 100, 200}) {
            report("MCLP 15 min", k, c.instance, SitingRequest.maximalCovering(900, k).withMethod(Method.HEURISTIC));
        }
        report("p-median (15 min matrix)", 100, c.instance, SitingRequest.pMedian(100).withThreshold(900)
                .withMethod(Method.HEURISTIC));
    }

    private static void report(String model, int k, SitingInstance in, SitingRequest request) {
        print(model, k, Siting.solve(in, request));
    }

    private static void print(String model, int k, SitingSolution s) {
        System.out.printf("%-26s k=%-4d %-9s %-9s %7.2f s  objective %,.1f  bound %,.1f  gap %.4f %%  covered %.1f %%  (%s)%n",
                model, k, s.method(), s.status(), s.elapsed().toMillis() / 1000.0, s.objective(), s.bound(),
                100 * s.gap(), 100 * s.coveredWeight() / s.totalWeight(), s.solver());
    }

    /** A street grid, candidates on its nodes, buildings clustered round compound centres, and their walking times. */
    private record Case(SitingInstance instance) {

        static Case build(int side, int candidates, int buildings, int compounds, double limitSeconds, int threads, long seed) {
            long t0 = System.nanoTime();
            WalkNetwork net = Scenario.gridNetwork(side, seed);
            TravelTimes tt = new TravelTimes(net, Scenario.PROFILE);
            Random r = new Random(seed);
            Snapper snapper = Snapper.of(net);
            double[] cLat = new double[candidates];
            double[] cLon = new double[candidates];
            for (int i = 0; i < candidates; i++) {
                int v = r.nextInt(net.nodeCount());
                cLat[i] = net.lat(v);
                cLon[i] = net.lon(v);
            }
            double[][] centre = new double[compounds][];
            for (int i = 0; i < compounds; i++) {
                int v = r.nextInt(net.nodeCount());
                centre[i] = new double[] {net.lat(v), net.lon(v)};
            }
            double[] lat = new double[buildings];
            double[] lon = new double[buildings];
            double[] weights = new double[buildings];
            for (int i = 0; i < buildings; i++) {
                double[] c = centre[r.nextInt(compounds)];
                lat[i] = c[0] + r.nextGaussian() * 80 / 111_000.0;
                lon[i] = c[1] + r.nextGaussian() * 80 / 91_000.0;
                weights[i] = Math.round((10 + r.nextInt(90)) * 2.62);
            }
            SnappedPoints sites = snapper.snapAll(cLat, cLon, true);
            SnappedPoints demand = snapper.snapAll(lat, lon, true);
            long t1 = System.nanoTime();
            PairTimes times = PairTimes.within(threads, tt, sites, demand, limitSeconds, null);
            long t2 = System.nanoTime();
            SitingInstance in = SitingInstance.of(weights, times);
            long t3 = System.nanoTime();
            System.out.printf("grid %d × %d nodes (%.1f km), %,d candidates, %,d buildings in %,d compounds, %,d residents%n"
                            + "network and snapping %.2f s; walking times within %.0f min (%,d pairs) %.2f s on %d threads; instance %.2f s%n",
                    side, side, side * 0.065, candidates, buildings, compounds, (long) in.totalWeight(),
                    (t1 - t0) / 1e9, limitSeconds / 60, times.pairs(), (t2 - t1) / 1e9, threads, (t3 - t2) / 1e9);
            return new Case(in);
        }

    }
}
