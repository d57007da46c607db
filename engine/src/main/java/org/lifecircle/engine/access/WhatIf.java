package org.lifecircle.engine.access;

import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What-if for one category: add, move or remove one facility and get the nearest facility, the counts
 * within thresholds and the coverage updated incrementally, equal to a full recomputation.
 *
 * <p>State: for every node the seconds to the nearest facility and which facility that is (a labelled
 * multi-source Dijkstra); for every origin its seconds, nearest facility and counts; covered residents per
 * group and threshold.
 * <ul>
 * <li><b>Add</b>: a search from the new facility that only enters nodes it makes strictly nearer.</li>
 * <li><b>Remove</b>: the nodes labelled with the removed facility (found by a walk over neighbours with the
 * same label, which are connected to the facility) are reset, then re-seeded from their boundary
 * (neighbours outside the set keep correct times) and from other facilities on their edges, and
 * searched again inside the set only: a standard decremental repair.</li>
 * <li><b>Move</b> = remove + add, keeping the facility's id.</li>
 * <li><b>Counts</b> change only for origins within the largest threshold of the old or new position: one
 * search from the facility bounded by that threshold (the network is symmetric, so it is the reverse
 * search).</li>
 * </ul>
 * Origins whose edge touches a changed node, or that share the facility's edge, are re-evaluated and the
 * coverage sums corrected by the change of each.
 *
 * <p>Mutable and not thread-safe: one instance per user session or thread.
 */
public final class WhatIf {

    /** What the last operation touched, to show that it stayed local. */
    public record Change(int nodesChanged, int originsRechecked, int countSearchNodes, int networkNodes) {
    }

    private final TravelTimes tt;
    private final WalkNetwork net;
    private final SnappedPoints origins;
    private final PointIndex originIndex;
    private final double[] population;
    private final int[] groupOf;
    private final double[] thresholds;
    private final double maxThreshold;
    private final List<Snap> facilities = new ArrayList<>(); // null once removed
    private final Map<Integer, List<Integer>> facilitiesOnEdge = new HashMap<>();
    // node state
    private final double[] dist;
    private final int[] src;
    // origin state
    private final double[] originSeconds;
    private final int[] originNearest;
    private final int[] counts; // [origin][threshold]
    private final double[] covered; // [group][threshold]
    private final double[] groupPopulation;
    // scratch
    private final MinHeap heap;
    private final int[] changed;
    private int changedCount;
    private final int[] mark;
    private int stamp;
    private final int[] originMark;
    private int originStamp;
    private final double[] originBest;
    private final int[] originList;
    private final Dijkstra bounded;
    private Change last = new Change(0, 0, 0, 0);

    private WhatIf(TravelTimes tt, SnappedPoints origins, double[] population, int[] groupOf, int groups, double[] thresholds) {
        this.tt = tt;
        this.net = tt.net;
        this.origins = origins;
        this.originIndex = new PointIndex(tt, origins);
        this.population = population.clone();
        this.groupOf = groupOf.clone();
        this.thresholds = thresholds.clone();
        int n = net.nodeCount();
        int no = origins.size();
        dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        src = new int[n];
        Arrays.fill(src, -1);
        originSeconds = new double[no];
        Arrays.fill(originSeconds, Double.POSITIVE_INFINITY);
        originNearest = new int[no];
        Arrays.fill(originNearest, -1);
        counts = new int[no * thresholds.length];
        covered = new double[groups * thresholds.length];
        groupPopulation = new double[groups];
        heap = new MinHeap(n);
        changed = new int[n];
        mark = new int[n];
        originMark = new int[no];
        originBest = new double[no];
        originList = new int[no];
        bounded = new Dijkstra(tt);
        double max = 0;
        for (double t : thresholds) {
            if (!(t >= 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("thresholds must be finite seconds >= 0, got " + t);
            }
            max = Math.max(max, t);
        }
        maxThreshold = max;
        if (population.length != no || groupOf.length != no) {
            throw new IllegalArgumentException("one population and one group per origin: " + population.length + ", "
                    + groupOf.length + " for " + no);
        }
        for (int o = 0; o < no; o++) {
            if (!(population[o] >= 0) || groupOf[o] < 0 || groupOf[o] >= groups) {
                throw new IllegalArgumentException("origin " + o + ": population " + population[o] + " must be >= 0 and group "
                        + groupOf[o] + " in 0.." + (groups - 1));
            }
            groupPopulation[groupOf[o]] += population[o];
        }
    }

    /**
     * The state for one category from scratch.
     *
     * @param facilities the facilities of the category; facility ids are their indexes, added ones follow
     * @param population residents of each origin; {@code groupOf} their group (e.g. community)
     * @param thresholds seconds, inclusive
     */
    public static WhatIf start(TravelTimes tt, SnappedPoints origins, SnappedPoints facilities, double[] population,
                               int[] groupOf, int groups, double... thresholds) {
        WhatIf w = new WhatIf(tt, origins, population, groupOf, groups, thresholds);
        w.beginChange();
        for (int f = 0; f < facilities.size(); f++) {
            Snap s = facilities.get(f);
            w.facilities.add(s);
            if (s != null) {
                w.facilitiesOnEdge.computeIfAbsent(s.edge(), k -> new ArrayList<>()).add(f);
                w.seed(w.net.edgeFrom(s.edge()), tt.toFrom(s), f);
                w.seed(w.net.edgeTo(s.edge()), tt.toTo(s), f);
            }
        }
        w.propagate();
        int searched = 0;
        for (int f = 0; f < facilities.size(); f++) {
            if (facilities.get(f) != null) {
                searched += w.updateCounts(facilities.get(f), +1);
            }
        }
        for (int o = 0; o < origins.size(); o++) {
            w.recheckOrigin(o);
        }
        w.last = new Change(w.changedCount, origins.size(), searched, w.net.nodeCount());
        return w;
    }

    /** Adds a facility at {@code at} and returns its id. */
    public int add(Snap at) {
        if (at == null) {
            throw new IllegalArgumentException("the facility is not snapped to the network");
        }
        int id = facilities.size();
        facilities.add(null);
        last = place(id, at);
        return id;
    }

    /** Removes facility {@code id}. */
    public void remove(int id) {
        last = unplace(id, active(id));
    }

    /** Moves facility {@code id} to {@code to} (remove, then add under the same id). */
    public void move(int id, Snap to) {
        if (to == null) {
            throw new IllegalArgumentException("the new position is not snapped to the network");
        }
        Change out = unplace(id, active(id));
        Change in = place(id, to);
        last = new Change(out.nodesChanged() + in.nodesChanged(), out.originsRechecked() + in.originsRechecked(),
                out.countSearchNodes() + in.countSearchNodes(), net.nodeCount());
    }

    private Change place(int id, Snap at) {
        facilities.set(id, at);
        facilitiesOnEdge.computeIfAbsent(at.edge(), k -> new ArrayList<>()).add(id);
        beginChange();
        seed(net.edgeFrom(at.edge()), tt.toFrom(at), id);
        seed(net.edgeTo(at.edge()), tt.toTo(at), id);
        propagate();
        int searched = updateCounts(at, +1);
        return new Change(changedCount, recheckOrigins(at), searched, net.nodeCount());
    }

    /** Takes the facility out of the node times (decremental repair) and the counts. */
    private Change unplace(int id, Snap s) {
        facilities.set(id, null);
        List<Integer> onEdge = facilitiesOnEdge.get(s.edge());
        onEdge.remove(Integer.valueOf(id));
        if (onEdge.isEmpty()) {
            facilitiesOnEdge.remove(s.edge());
        }
        beginChange();
        // the nodes whose nearest facility was the removed one: connected through same-label neighbours
        for (int end : new int[]{net.edgeFrom(s.edge()), net.edgeTo(s.edge())}) {
            if (src[end] == id && mark[end] != stamp) {
                mark[end] = stamp;
                changed[changedCount++] = end;
            }
        }
        for (int i = 0; i < changedCount; i++) {
            int v = changed[i];
            for (int a = tt.offsets[v]; a < tt.offsets[v + 1]; a++) {
                int w = tt.targets[a];
                if (src[w] == id && mark[w] != stamp) {
                    mark[w] = stamp;
                    changed[changedCount++] = w;
                }
            }
        }
        int affected = changedCount;
        for (int i = 0; i < affected; i++) {
            dist[changed[i]] = Double.POSITIVE_INFINITY;
            src[changed[i]] = -1;
        }
        // re-seed from the boundary and from other facilities on the affected nodes' edges
        for (int i = 0; i < affected; i++) {
            int v = changed[i];
            for (int a = tt.offsets[v]; a < tt.offsets[v + 1]; a++) {
                int w = tt.targets[a];
                if (mark[w] != stamp && dist[w] + tt.seconds[a] < dist[v]) {
                    dist[v] = dist[w] + tt.seconds[a];
                    src[v] = src[w];
                    heap.push(v, dist[v]);
                }
                List<Integer> others = facilitiesOnEdge.get(net.arcEdge(a));
                if (others != null) {
                    int e = net.arcEdge(a);
                    for (int g : others) {
                        Snap gs = facilities.get(g);
                        // v is the from end, the to end, or both (a loop)
                        double t = Math.min(net.edgeFrom(e) == v ? tt.toFrom(gs) : Double.POSITIVE_INFINITY,
                                net.edgeTo(e) == v ? tt.toTo(gs) : Double.POSITIVE_INFINITY);
                        if (t < dist[v]) {
                            dist[v] = t;
                            src[v] = g;
                            heap.push(v, t);
                        }
                    }
                }
            }
        }
        propagate();
        int searched = updateCounts(s, -1);
        return new Change(changedCount, recheckOrigins(s), searched, net.nodeCount());
    }

    private Snap active(int id) {
        if (id < 0 || id >= facilities.size() || facilities.get(id) == null) {
            throw new IllegalArgumentException("no facility with id " + id);
        }
        return facilities.get(id);
    }

    private void beginChange() {
        stamp++;
        changedCount = 0;
    }

    private void seed(int node, double seconds, int facility) {
        if (seconds < dist[node]) {
            dist[node] = seconds;
            src[node] = facility;
            noteChanged(node);
            heap.push(node, seconds);
        }
    }

    private void noteChanged(int node) {
        if (mark[node] != stamp) {
            mark[node] = stamp;
            changed[changedCount++] = node;
        }
    }

    /** Dijkstra from what is in the heap, entering only nodes it makes strictly nearer. */
    private void propagate() {
        int[] offsets = tt.offsets;
        int[] targets = tt.targets;
        double[] seconds = tt.seconds;
        while (!heap.isEmpty()) {
            int v = heap.pop();
            double dv = dist[v];
            int sv = src[v];
            for (int a = offsets[v], end = offsets[v + 1]; a < end; a++) {
                double d = dv + seconds[a];
                int w = targets[a];
                if (d < dist[w]) {
                    dist[w] = d;
                    src[w] = sv;
                    noteChanged(w);
                    heap.push(w, d);
                }
            }
        }
    }

    /** Adds {@code delta} to the counts of every origin within the thresholds of a facility at {@code s}. */
    private int updateCounts(Snap s, int delta) {
        bounded.reset();
        bounded.seed(net.edgeFrom(s.edge()), tt.toFrom(s));
        bounded.seed(net.edgeTo(s.edge()), tt.toTo(s));
        bounded.run(maxThreshold);
        originStamp++;
        int listed = 0;
        for (int i = 0; i < bounded.settledCount(); i++) {
            int v = bounded.settled(i);
            double dv = bounded.dist(v);
            for (int a = originIndex.nodeStart[v]; a < originIndex.nodeStart[v + 1]; a++) {
                listed = offer(originIndex.nodePoint[a], dv + originIndex.nodeSeconds[a], listed);
            }
        }
        for (int p = originIndex.firstOnEdge(s.edge()); originIndex.isOnEdge(p, s.edge()); p++) {
            int o = originIndex.pointOnEdgeAt(p);
            listed = offer(o, tt.sameEdge(origins.get(o), s), listed);
        }
        int nt = thresholds.length;
        for (int i = 0; i < listed; i++) {
            int o = originList[i];
            for (int t = 0; t < nt; t++) {
                if (originBest[o] <= thresholds[t]) {
                    counts[o * nt + t] += delta;
                }
            }
        }
        return bounded.settledCount();
    }

    private int offer(int o, double seconds, int listed) {
        if (originMark[o] != originStamp) {
            originMark[o] = originStamp;
            originBest[o] = seconds;
            originList[listed++] = o;
        } else if (seconds < originBest[o]) {
            originBest[o] = seconds;
        }
        return listed;
    }

    /** Re-evaluates the origins on edges at changed nodes and on the facility's edge; returns how many. */
    private int recheckOrigins(Snap facility) {
        originStamp++;
        int n = 0;
        for (int i = 0; i < changedCount; i++) {
            int v = changed[i];
            for (int a = originIndex.nodeStart[v]; a < originIndex.nodeStart[v + 1]; a++) {
                n += recheckOnce(originIndex.nodePoint[a]);
            }
        }
        for (int p = originIndex.firstOnEdge(facility.edge()); originIndex.isOnEdge(p, facility.edge()); p++) {
            n += recheckOnce(originIndex.pointOnEdgeAt(p));
        }
        return n;
    }

    private int recheckOnce(int o) {
        if (originMark[o] == originStamp) {
            return 0;
        }
        originMark[o] = originStamp;
        recheckOrigin(o);
        return 1;
    }

    private void recheckOrigin(int o) {
        Snap s = origins.get(o);
        if (s == null) {
            return;
        }
        int e = s.edge();
        int from = net.edgeFrom(e);
        int to = net.edgeTo(e);
        double best = dist[from] + tt.toFrom(s);
        int nearest = src[from];
        double viaTo = dist[to] + tt.toTo(s);
        if (viaTo < best) {
            best = viaTo;
            nearest = src[to];
        }
        List<Integer> onEdge = facilitiesOnEdge.get(e);
        if (onEdge != null) {
            for (int g : onEdge) {
                double t = tt.sameEdge(s, facilities.get(g));
                if (t < best) {
                    best = t;
                    nearest = g;
                }
            }
        }
        if (best == Double.POSITIVE_INFINITY) {
            nearest = -1;
        }
        int nt = thresholds.length;
        int g = groupOf[o];
        for (int t = 0; t < nt; t++) {
            boolean before = originSeconds[o] <= thresholds[t];
            boolean after = best <= thresholds[t];
            if (before != after) {
                covered[g * nt + t] += after ? population[o] : -population[o];
            }
        }
        originSeconds[o] = best;
        originNearest[o] = nearest;
    }

    /** Seconds from origin {@code o} to its nearest facility; {@code +Infinity} when none is reachable. */
    public double originSeconds(int o) {
        return originSeconds[o];
    }

    /** All origins' seconds, in origin order (a copy). */
    public double[] originSeconds() {
        return originSeconds.clone();
    }

    /** Id of the nearest facility of origin {@code o}, or -1. */
    public int nearestFacility(int o) {
        return originNearest[o];
    }

    /** Seconds from node {@code v} to its nearest facility. */
    public double nodeSeconds(int v) {
        return dist[v];
    }

    /** Facilities within {@code thresholds[t]} of origin {@code o}. */
    public int count(int o, int t) {
        return counts[o * thresholds.length + t];
    }

    public double coveredPopulation(int group, int t) {
        return covered[group * thresholds.length + t];
    }

    /** Covered share of the group's residents, 0..1 (0 for a group without residents). */
    public double share(int group, int t) {
        return groupPopulation[group] == 0 ? 0 : coveredPopulation(group, t) / groupPopulation[group];
    }

    /** The facility with this id, or {@code null} when it was removed (or never snapped). */
    public Snap facility(int id) {
        return facilities.get(id);
    }

    /** Number of facility ids handed out so far (removed ones included). */
    public int facilityIds() {
        return facilities.size();
    }

    /** What the last operation (or the start) touched. */
    public Change lastChange() {
        return last;
    }
}
