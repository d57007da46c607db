package org.lifecircle.tools.demonet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.lifecircle.engine.geo.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The places the stops give: the crossing of two roads (every stop named 甲路乙路 or 乙路甲路, on both
 * sides and in both directions) and other points on one road (stops named after that road and a
 * landmark), each at the mean position of its stops. A stop stands a few tens to a few hundred metres
 * from the crossing it is named after, so the mean of several is closer to the crossing than any one.
 *
 * <p>Some 2013 stops carry a name that belongs elsewhere (农业东路众意路 once stands at 金汇桥). The stops
 * of one place are therefore grouped by distance ({@value #CLUSTER_METRES} m); the largest group is the
 * place, and a tie goes to the group nearer to the other stops of the same roads. The stops left out
 * are listed in {@link Result#leftOut()}.
 */
final class StopPlaces {

    static final double CLUSTER_METRES = 450;

    /** Stops whose name contradicts their position and that no other stop of the same name outvotes. */
    static final Map<String, String> CONTRADICTORY = Map.of(
            "龙湖外环西路东风东路", "stands at 农业东路 (60 m from 农业东路龙湖外环路), 450 m from 东风东路");

    /**
     * A crossing or a point on one road.
     *
     * @param roads one road, or the two that cross here (sorted)
     * @param at    mean position of its stops, metres in the region's plane
     * @param stops how many stops it is the mean of
     */
    record Place(List<String> roads, Coordinate at, int stops) {

        boolean isCrossing() {
            return roads.size() == 2;
        }
    }

    /** The places, sorted by their key (roads, then stop name), and the stops that were outvoted. */
    record Result(List<Place> places, List<String> leftOut) {
    }

    private record Positioned(String name, List<String> roads, Coordinate at, LonLat wgs84) {
    }

    private StopPlaces() {
    }

    /** The places of the stops that lie inside {@code within} (metres in {@code plane}). */
    static Result of(List<BusStops.Stop> stops, LocalPlane plane, Envelope within) {
        Map<String, List<Positioned>> byKey = new TreeMap<>();
        Map<String, List<Coordinate>> stopsOfRoad = new TreeMap<>();
        for (BusStops.Stop stop : stops) {
            Coordinate at = plane.toPlane(stop.wgs84());
            if (stop.roads().isEmpty() || !within.contains(at) || CONTRADICTORY.containsKey(StopNames.clean(stop.name()))) {
                continue;
            }
            List<String> roads = stop.roads().stream().sorted().toList();
            // a crossing is one place whichever road the stop stands on; a landmark stop is one place per name
            String key = roads.size() == 2 ? String.join("×", roads) : roads.get(0) + "@" + StopNames.clean(stop.name());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Positioned(stop.name(), roads, at, stop.wgs84()));
            roads.forEach(r -> stopsOfRoad.computeIfAbsent(r, k -> new ArrayList<>()).add(at));
        }
        List<Place> places = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        byKey.forEach((key, group) -> {
            List<List<Positioned>> clusters = clusters(group);
            List<Positioned> chosen = clusters.stream().max(Comparator.<List<Positioned>>comparingInt(List::size)
                    .thenComparing(c -> -distanceToOtherStops(c, group, stopsOfRoad))).orElseThrow();
            for (List<Positioned> c : clusters) {
                if (c != chosen) {
                    LonLat at = c.get(0).wgs84();
                    leftOut.add(String.format(Locale.ROOT, "%s (%d stop(s) at %.5f E %.5f N): %d stop(s) of %s elsewhere",
                            c.stream().map(Positioned::name).distinct().collect(Collectors.joining("/")), c.size(),
                            at.lon(), at.lat(), chosen.size(), key));
                }
            }
            places.add(new Place(group.get(0).roads(), mean(chosen.stream().map(Positioned::at).toList()), chosen.size()));
        });
        return new Result(places, leftOut);
    }

    /** Single-linkage groups: stops closer than {@link #CLUSTER_METRES} to one another are one group. */
    private static List<List<Positioned>> clusters(List<Positioned> group) {
        int n = group.size();
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (group.get(i).at().distance(group.get(j).at()) <= CLUSTER_METRES && cluster[i] != cluster[j]) {
                    int from = cluster[j];
                    for (int k = 0; k < n; k++) {
                        if (cluster[k] == from) {
                            cluster[k] = cluster[i];
                        }
                    }
                }
            }
        }
        Map<Integer, List<Positioned>> byCluster = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byCluster.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(group.get(i));
        }
        return new ArrayList<>(byCluster.values());
    }

    /** How far the cluster lies from the nearest stop of each of its roads outside its own group. */
    private static double distanceToOtherStops(List<Positioned> cluster, List<Positioned> group,
                                               Map<String, List<Coordinate>> stopsOfRoad) {
        Coordinate centre = mean(cluster.stream().map(Positioned::at).toList());
        List<Coordinate> own = group.stream().map(Positioned::at).toList();
        double sum = 0;
        for (String road : cluster.get(0).roads()) {
            sum += stopsOfRoad.get(road).stream().filter(p -> !own.contains(p)).mapToDouble(centre::distance)
                    .min().orElse(0);
        }
        return sum;
    }

    static Coordinate mean(List<Coordinate> points) {
        double x = 0;
        double y = 0;
        for (Coordinate p : points) {
            x += p.x;
            y += p.y;
        }
        return new Coordinate(x / points.size(), y / points.size());
    }
}
