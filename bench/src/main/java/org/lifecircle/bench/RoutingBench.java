package org.lifecircle.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.engine.routing.RoutePlan;
import org.lifecircle.engine.routing.RouteSolver;
import org.lifecircle.engine.routing.RoutingProblem;
import org.lifecircle.engine.routing.TravelMatrix;
import org.lifecircle.engine.routing.Visit;
import org.lifecircle.engine.routing.Worker;

/**
 * Issue 7's "a day of 500 visits for 50 caregivers planned in under 30 s", as a command that prints its figures. A
 * 6.5 km street grid; 10 care stations with 5 caregivers each (half walking at 1.2 m/s, half on e-bikes at 4.2 m/s,
 * i.e. 15 km/h), shifts 8:00–17:00 (one in five 13:00–17:00), four skills; 500 visits in elders' compounds (12 per station
 * within about a kilometre of it; buildings 80 m round a compound's centre), any caregiver may take any visit, with one- or two-hour windows through the day, 15–45 minutes of work, one in ten needing a skill only some
 * caregivers have. A visit may be left out at a high cost (as the platform plans: an impossible visit is reported, not
 * a failed plan). It prints the travel matrix time, then the plan after several time limits: visits planned and left
 * out, total travel, the longest working day; then the re-plan after the first caregiver drops out, started from the
 * others' routes.
 *
 * <p>Run from the repository root: {@code java -cp bench/target/benchmarks.jar org.lifecircle.bench.RoutingBench
 * [seconds...]} (default 5 10 25).
 */
public final class RoutingBench {

    private static final int STATIONS = 10;
    private static final int PER_STATION = 5;
    private static final int VISITS = 500;
    private static final long DROP_PENALTY = 1_000_000;

    private RoutingBench() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        long[] limits = args.length == 0 ? new long[] {5, 10, 25} : java.util.Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        long t0 = System.nanoTime();
        RoutingProblem problem = day(new Random(7));
        System.out.printf("travel matrices (2 modes, %d places): %.2f s%n", VISITS + STATIONS, (System.nanoTime() - t0) / 1e9);
        RoutePlan plan = null;
        for (long seconds : limits) {
            long t1 = System.nanoTime();
            plan = RouteSolver.solve(problem, Duration.ofSeconds(seconds));
            print("limit " + seconds + " s", plan, (System.nanoTime() - t1) / 1e9);
        }
        replanWithoutTheFirstCaregiver(problem, plan);
    }

    /**
     * The re-plan after a drop-out: the first caregiver goes home, the other 49 start from their routes of the last plan
     * (the hint) and take what they can of the 10 s re-plan. Prints how many visits kept their caregiver.
     */
    private static void replanWithoutTheFirstCaregiver(RoutingProblem day, RoutePlan before) {
        List<Worker> rest = day.workers().subList(1, day.workers().size());
        RoutingProblem fewer = new RoutingProblem(day.travel(), day.visits(), rest, day.balance());
        int[][] routes = before.visitsByWorker();
        int[][] hint = java.util.Arrays.copyOfRange(routes, 1, routes.length);
        long t = System.nanoTime();
        RoutePlan after = RouteSolver.solve(fewer, Duration.ofSeconds(10), hint);
        print("re-plan, 1 caregiver out, 10 s", after, (System.nanoTime() - t) / 1e9);
        int[] workerBefore = workerOfVisit(hint, day.visits().size());
        int[] workerAfter = workerOfVisit(after.visitsByWorker(), day.visits().size());
        int kept = 0;
        int hinted = 0;
        for (int v = 0; v < workerBefore.length; v++) {
            if (workerBefore[v] >= 0) {
                hinted++;
                kept += workerBefore[v] == workerAfter[v] ? 1 : 0;
            }
        }
        System.out.printf("  %d of the other caregivers' %d visits kept their caregiver; the dropped-out caregiver had %d%n",
                kept, hinted, routes[0].length);
    }

    private static int[] workerOfVisit(int[][] routes, int visits) {
        int[] worker = new int[visits];
        java.util.Arrays.fill(worker, -1);
        for (int w = 0; w < routes.length; w++) {
            for (int v : routes[w]) {
                worker[v] = w;
            }
        }
        return worker;
    }

    private static void print(String what, RoutePlan plan, double elapsed) {
        long longest = plan.routes().stream().mapToLong(r -> r.back() - r.leave()).max().orElse(0);
        long used = plan.routes().stream().filter(r -> !r.stops().isEmpty()).count();
        System.out.printf("%s: planned in %.1f s, %d of %d visits, %d left out, %d caregivers used, travel %.1f h, "
                        + "longest day %.1f h%n", what, elapsed, VISITS - plan.dropped().size(), VISITS, plan.dropped().size(), used,
                plan.travel() / 3600.0, longest / 3600.0);
    }

    static RoutingProblem day(Random r) {
        WalkNetwork net = Scenario.gridNetwork(100, r.nextLong());
        Snapper snapper = Snapper.of(net);
        int places = STATIONS + VISITS;
        double[] lat = new double[places];
        double[] lon = new double[places];
        for (int s = 0; s < STATIONS; s++) {
            int v = r.nextInt(net.nodeCount());
            lat[s] = net.lat(v);
            lon[s] = net.lon(v);
        }
        // elders live in the communities the stations serve: compounds within about a kilometre of a station (and
        // inside the district's streets)
        double[] box = bounds(net);
        double[][] compounds = new double[120][];
        for (int c = 0; c < compounds.length; c++) {
            int s = c % STATIONS;
            compounds[c] = new double[] {
                    Math.max(box[0], Math.min(box[1], lat[s] + r.nextGaussian() * 600 / 111_000.0)),
                    Math.max(box[2], Math.min(box[3], lon[s] + r.nextGaussian() * 600 / 91_000.0))};
        }
        for (int i = STATIONS; i < places; i++) {
            double[] c = compounds[r.nextInt(compounds.length)];
            lat[i] = c[0] + r.nextGaussian() * 80 / 111_000.0;
            lon[i] = c[1] + r.nextGaussian() * 80 / 91_000.0;
        }
        // an e-bike does not go up steps: its places are snapped to the streets it can use
        SnappedPoints onFoot = snapper.snapAll(lat, lon, true);
        SnappedPoints byBike = snapper.snapAll(lat, lon, false);
        int threads = Runtime.getRuntime().availableProcessors();
        long[][][] travel = {
                TravelMatrix.seconds(threads, new TravelTimes(net, WalkingProfile.ADULT), onFoot, 3 * 3600),
                TravelMatrix.seconds(threads, new TravelTimes(net, WalkingProfile.E_BIKE), byBike, 3 * 3600)};
        List<Worker> workers = new ArrayList<>();
        for (int s = 0; s < STATIONS; s++) {
            for (int k = 0; k < PER_STATION; k++) {
                long start = k == 3 ? 13 * 3600 : 8 * 3600; // one in five works afternoons only
                long end = 17 * 3600;
                long skills = 1 | (k % 2 == 0 ? 2 : 0) | (k == 1 ? 4 : 0) | (k == 4 ? 8 : 0);
                workers.add(new Worker(s, s, start, end, k % 2, skills, Long.MAX_VALUE));
            }
        }
        List<Visit> visits = new ArrayList<>();
        for (int i = STATIONS; i < places; i++) {
            long earliest = 8 * 3600 + r.nextInt(16) * 1800L;
            long width = r.nextBoolean() ? 3600 : 7200;
            long skill = r.nextInt(10) == 0 ? 1L << (1 + r.nextInt(3)) : 1;
            visits.add(new Visit(i, earliest, Math.min(earliest + width, 16 * 3600), (15 + r.nextInt(31)) * 60L, skill, 0, DROP_PENALTY));
        }
        return new RoutingProblem(travel, visits, workers, 1);
    }

    /** South, north, west, east of the network's nodes. */
    private static double[] bounds(WalkNetwork net) {
        double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int v = 0; v < net.nodeCount(); v++) {
            box[0] = Math.min(box[0], net.lat(v));
            box[1] = Math.max(box[1], net.lat(v));
            box[2] = Math.min(box[2], net.lon(v));
            box[3] = Math.max(box[3], net.lon(v));
        }
        return box;
    }
}
