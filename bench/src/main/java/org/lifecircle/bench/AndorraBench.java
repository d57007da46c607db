package org.lifecircle.bench;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.lifecircle.engine.access.CountTable;
import org.lifecircle.engine.access.Coverage;
import org.lifecircle.engine.access.FacilityCounts;
import org.lifecircle.engine.access.Isochrones;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.access.WhatIf;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Issue 3 case (a): Andorra (real OSM, © OpenStreetMap contributors), every node an origin, 20
 * categories of 10 facilities. Ours (one multi-source search per category; one bounded search per origin
 * for counts) against GraphHopper's shortest-path tree and JGraphT's Dijkstra, one search per origin.
 * The setup checks that all three give the same answers before anything is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AndorraBench {

    static final double[] THRESHOLDS = {300, 600, 900};
    static final int CATEGORIES = 20;

    Scenario s;
    Peers.Search graphHopper;
    Peers.Search jgrapht;
    WhatIf whatIf;
    Snap[] newSites;
    int next;
    double[] population;
    int[] group;
    Snap isoFrom;

    @Setup
    public void setup() {
        s = Scenario.andorra(CATEGORIES, 10, 7);
        BaseGraph gh = Peers.graphHopperGraph(s.net);
        Weighting w = Peers.walkingTime(s.tt);
        graphHopper = Peers.graphHopper(gh, w);
        Graph<Integer, DefaultWeightedEdge> jg = Peers.jgraphtGraph(s.tt);
        jgrapht = Peers.jgrapht(jg);
        crossCheck();
        population = new double[s.origins.size()];
        group = new int[s.origins.size()];
        Random r = new Random(3);
        for (int i = 0; i < population.length; i++) {
            population[i] = 1 + r.nextInt(500);
            group[i] = r.nextInt(8);
        }
        whatIf = WhatIf.start(s.tt, s.origins, s.category(0), population, group, 8, THRESHOLDS);
        newSites = new Snap[64];
        for (int i = 0; i < newSites.length; i++) {
            newSites[i] = Scenario.randomSnap(s.net, s.snapper, r);
        }
        isoFrom = Scenario.atNode(s.net, s.originNode[s.net.nodeCount() / 2]);
        System.out.printf("%nAndorra: %d nodes, %d edges, %d origins, %d facilities in %d categories%n",
                s.net.nodeCount(), s.net.edgeCount(), s.origins.size(), s.facilities.size(), CATEGORIES);
    }

    /** All three must agree (1e-6 s) on nearest times and on counts before their speed means anything. */
    private void crossCheck() {
        int sample = s.origins.size();
        double[][] ours = NearestFacility.byCategory(s.tt, s.facilities, s.categoryOf, CATEGORIES, s.origins);
        CountTable counts = FacilityCounts.count(s.tt, s.origins, s.facilities, s.categoryOf, CATEGORIES, THRESHOLDS);
        for (var peer : java.util.Map.of("GraphHopper", graphHopper, "JGraphT", jgrapht).entrySet()) {
            double[][] theirs = Peers.nearestPerOrigin(s, peer.getValue(), sample, Double.POSITIVE_INFINITY);
            int[] theirCounts = Peers.countsPerOrigin(s, peer.getValue(), sample, THRESHOLDS);
            Peers.requireSameAnswers(peer.getKey(), ours, counts, theirs, theirCounts, CATEGORIES, sample,
                    THRESHOLDS.length);
        }
    }

    @Benchmark
    public double[][] nearest_ours_multiSource() {
        return NearestFacility.byCategory(s.tt, s.facilities, s.categoryOf, CATEGORIES, s.origins);
    }

    @Benchmark
    public double[][] nearest_ours_multiSource_2threads() {
        return NearestFacility.byCategory(s.tt, s.facilities, s.categoryOf, CATEGORIES, s.origins, Double.POSITIVE_INFINITY, 2);
    }

    @Benchmark
    public double[][] nearest_graphHopper_perOrigin() {
        return Peers.nearestPerOrigin(s, graphHopper, Integer.MAX_VALUE, Double.POSITIVE_INFINITY);
    }

    @Benchmark
    public double[][] nearest_jgrapht_perOrigin() {
        return Peers.nearestPerOrigin(s, jgrapht, Integer.MAX_VALUE, Double.POSITIVE_INFINITY);
    }

    @Benchmark
    public CountTable counts_ours() {
        return FacilityCounts.count(s.tt, s.origins, s.facilities, s.categoryOf, CATEGORIES, THRESHOLDS);
    }

    @Benchmark
    public CountTable counts_ours_2threads() {
        return FacilityCounts.count(2, s.tt, s.origins, s.facilities, s.categoryOf, CATEGORIES, THRESHOLDS);
    }

    @Benchmark
    public int[] counts_graphHopper_perOrigin() {
        return Peers.countsPerOrigin(s, graphHopper, Integer.MAX_VALUE, THRESHOLDS);
    }

    @Benchmark
    public int[] counts_jgrapht_perOrigin() {
        return Peers.countsPerOrigin(s, jgrapht, Integer.MAX_VALUE, THRESHOLDS);
    }

    @Benchmark
    public String isochrone_5_10_15() {
        return Isochrones.of(s.tt).geoJson(isoFrom.lat(), isoFrom.lon(), isoFrom, THRESHOLDS);
    }

    /** Add a facility of category 0 somewhere, then take it away again (two incremental updates). */
    @Benchmark
    public double whatIf_addThenRemove() {
        int id = whatIf.add(newSites[next++ & 63]);
        whatIf.remove(id);
        return whatIf.share(0, 2);
    }

    /** What the what-if replaces: nearest, counts and coverage of one category from scratch. */
    @Benchmark
    public double fullRecompute_oneCategory() {
        SnappedPoints f = s.category(0);
        double[] secs = NearestFacility.originSeconds(s.tt, f, s.origins);
        CountTable c = FacilityCounts.count(s.tt, s.origins, f, new int[f.size()], 1, THRESHOLDS);
        return Coverage.compute(new double[][]{secs}, population, group, 8, THRESHOLDS).overallShare(0, 2) + c.count(0, 0, 0)
                + Arrays.hashCode(secs);
    }
}
