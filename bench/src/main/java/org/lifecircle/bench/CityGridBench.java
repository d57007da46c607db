package org.lifecircle.bench;

import com.graphhopper.storage.BaseGraph;
import org.lifecircle.engine.access.CountTable;
import org.lifecircle.engine.access.Coverage;
import org.lifecircle.engine.access.FacilityCounts;
import org.lifecircle.engine.access.Isochrones;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WhatIf;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Issue 3 cases (b) and (c): a synthetic city grid of {@code side²} nodes (1,000,000 by default), 20,000
 * origins, 30 categories (50 + 20·c facilities each, 10,200 in all). Our kernels in full; GraphHopper per
 * origin only on a sample of origins (the full per-origin run would take hours), to be scaled up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CityGridBench {

    static final double[] THRESHOLDS = {300, 600, 900};
    static final int CATEGORIES = 30;
    static final int ORIGINS = 20_000;
    static final int GH_SAMPLE = 200;

    @Param("1000")
    public int side;

    Scenario s;
    Peers.Search graphHopper;
    WhatIf whatIf;
    Snap[] newSites;
    int next;
    double[] population;
    int[] group;
    Snap isoFrom;

    @Setup
    public void setup() {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        WalkNetwork net = Scenario.gridNetwork(side, 11);
        long afterNet = usedAfterGc(rt);
        TravelTimes times = new TravelTimes(net, Scenario.PROFILE);
        long afterTimes = usedAfterGc(rt);
        s = Scenario.grid(net, ORIGINS, CATEGORIES, 11);
        long afterAll = usedAfterGc(rt);
        System.out.printf("%ncity grid: %d nodes, %d edges, %d origins, %d facilities in %d categories%n"
                        + "heap: network %.0f MB, travel times for one profile %.0f MB, all of it with a second copy of the travel times, snap index and points %.0f MB%n",
                net.nodeCount(), net.edgeCount(), ORIGINS, s.facilities.size(), CATEGORIES,
                (afterNet - before) / 1e6, (afterTimes - afterNet) / 1e6, (afterAll - before) / 1e6);
        java.lang.ref.Reference.reachabilityFence(times); // kept alive until measured
        BaseGraph gh = Peers.graphHopperGraph(s.net);
        graphHopper = Peers.graphHopper(gh, Peers.walkingTime(s.tt));
        crossCheck();
        Random r = new Random(5);
        population = new double[ORIGINS];
        group = new int[ORIGINS];
        for (int i = 0; i < ORIGINS; i++) {
            population[i] = 1 + r.nextInt(3000);
            group[i] = r.nextInt(50);
        }
        whatIf = WhatIf.start(s.tt, s.origins, s.category(0), population, group, 50, THRESHOLDS);
        newSites = new Snap[64];
        for (int i = 0; i < newSites.length; i++) {
            newSites[i] = Scenario.randomSnap(s.net, s.snapper, r);
        }
        int id = whatIf.add(newSites[0]);
        System.out.println("what-if add on category 0 (" + s.category(0).size() + " facilities): " + whatIf.lastChange());
        whatIf.remove(id);
        System.out.println("what-if remove: " + whatIf.lastChange());
        isoFrom = Scenario.atNode(s.net, s.originNode[0]);
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * Ours and GraphHopper agree on the sampled origins (nearest within 15 minutes, and counts), and so does the
     * nearest-within-15-minutes that the counts' searches give.
     */
    private void crossCheck() {
        int[] first = new int[GH_SAMPLE];
        Arrays.setAll(first, i -> i);
        SnappedPoints sample = s.origins.select(first);
        double[][] ours = NearestFacility.byCategory(s.tt, s.facilities, s.categoryOf, CATEGORIES, sample, 900, 2);
        CountTable counts = FacilityCounts.count(2, s.tt, sample, s.facilities, s.categoryOf, CATEGORIES, THRESHOLDS);
        double[][] theirs = Peers.nearestPerOrigin(s, graphHopper, GH_SAMPLE, 900);
        int[] theirCounts = Peers.countsPerOrigin(s, graphHopper, GH_SAMPLE, THRESHOLDS);
        Peers.requireSameAnswers("GraphHopper", ours, counts, theirs, theirCounts, CATEGORIES, GH_SAMPLE,
                THRESHOLDS.length);
        double[][] fromCounts = new double[CATEGORIES][GH_SAMPLE];
        for (int c = 0; c < CATEGORIES; c++) {
            for (int o = 0; o < GH_SAMPLE; o++) {
                fromCounts[c][o] = counts.nearestWithin(o, c);
            }
        }
        Peers.requireSameAnswers("the counts' nearest within 15 minutes", fromCounts, counts, theirs, theirCounts,
                CATEGORIES, GH_SAMPLE, THRESHOLDS.length);
    }

    @Benchmark
    public double[][] nearest_ours_unbounded() {
        return NearestFacility.byCategory(s.tt, s.facilities, s.categoryOf, CATEGORIES, s.origins);
    }

    @Benchmark
    public double[][] nearest_ours_unbounded_2threads() {
        return NearestFacility.byCategory(s.tt, s.facilities, s.categoryOf, CATEGORIES, s.origins, Double.POSITIVE_INFINITY, 2);
    }

    @Benchmark
    public double[][] nearest_ours_within15min_2threads() {
        return NearestFacility.byCategory(s.tt, s.facilities, s.categoryOf, CATEGORIES, s.origins, 900, 2);
    }

    @Benchmark
    public CountTable counts_ours() {
        return FacilityCounts.count(s.tt, s.origins, s.facilities, s.categoryOf, CATEGORIES, THRESHOLDS);
    }

    @Benchmark
    public CountTable counts_ours_2threads() {
        return FacilityCounts.count(2, s.tt, s.origins, s.facilities, s.categoryOf, CATEGORIES, THRESHOLDS);
    }

    /** Issue 3's target (b): every nearest-by-category time (unbounded) plus the counts within 5/10/15 minutes. */
    @Benchmark
    public CountTable nearestAndCounts_ours_2threads() {
        double[][] nearest = NearestFacility.byCategory(s.tt, s.facilities, s.categoryOf, CATEGORIES, s.origins, Double.POSITIVE_INFINITY, 2);
        java.lang.ref.Reference.reachabilityFence(nearest);
        return FacilityCounts.count(2, s.tt, s.origins, s.facilities, s.categoryOf, CATEGORIES, THRESHOLDS);
    }

    /** GraphHopper, one bounded (15 min) tree per origin, for 200 of the 20,000 origins: scale by 100. */
    @Benchmark
    public int[] counts_graphHopper_perOrigin_200origins() {
        return Peers.countsPerOrigin(s, graphHopper, GH_SAMPLE, THRESHOLDS);
    }

    /** GraphHopper, one full tree per origin (nearest of every category), for 5 origins: scale by 4,000. */
    @Benchmark
    public double[][] nearest_graphHopper_perOrigin_5origins() {
        return Peers.nearestPerOrigin(s, graphHopper, 5, Double.POSITIVE_INFINITY);
    }

    @Benchmark
    public String isochrone_5_10_15() {
        return Isochrones.of(s.tt).geoJson(isoFrom.lat(), isoFrom.lon(), isoFrom, THRESHOLDS);
    }

    /** Case (c): add a facility of the sparsest category, then remove it (two incremental updates). */
    @Benchmark
    public double whatIf_addThenRemove() {
        int id = whatIf.add(newSites[next++ & 63]);
        whatIf.remove(id);
        return whatIf.share(0, 2);
    }

    /** Case (c): move facility 0 somewhere and back (two moves, i.e. four updates). */
    @Benchmark
    public double whatIf_moveAndBack() {
        Snap home = whatIf.facility(0);
        whatIf.move(0, newSites[next++ & 63]);
        whatIf.move(0, home);
        return whatIf.share(0, 2);
    }

    @Benchmark
    public double fullRecompute_oneCategory() {
        SnappedPoints f = s.category(0);
        double[] secs = NearestFacility.originSeconds(s.tt, f, s.origins);
        CountTable c = FacilityCounts.count(s.tt, s.origins, f, new int[f.size()], 1, THRESHOLDS);
        return Coverage.compute(new double[][]{secs}, population, group, 50, THRESHOLDS).overallShare(0, 2) + c.count(0, 0, 0);
    }
}
