package org.lifecircle.planning.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.lifecircle.engine.access.Isochrones;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.AccessModels;
import org.lifecircle.planning.access.ServicePoint;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What lies within 5, 10 and 15 minutes' walk of a point: the areas (from the reached streets) and the services. */
@Service
public class IsochroneService {

    static final int[] MINUTES = {5, 10, 15};

    private final AccessModels models;
    private final ObjectMapper json;

    IsochroneService(AccessModels models, ObjectMapper json) {
        this.models = models;
        this.json = json;
    }

    /** A service point reached from the point, with its walking time. */
    public record ReachedService(long id, String name, String kind, String group, double minutes) {
    }

    /** The areas as a GeoJSON FeatureCollection (one polygon per threshold, property {@code seconds}). */
    public record Reach(double lon, double lat, Speed speed, JsonNode isochrones, List<ReachedService> services) {
    }

    public Reach from(double lon, double lat, Speed speed) {
        AccessModel m = models.current(speed);
        Snap at = m.snap(lon, lat);
        if (at == null) {
            throw new InvalidInputException("lon", "planning.error.offNetwork", models.settings().snapLimitMetres());
        }
        double[] seconds = IntStream.of(MINUTES).mapToDouble(min -> min * 60.0).toArray();
        String areas = Isochrones.of(m.travelTimes()).geoJson(lat, lon, at, seconds);
        int[] all = IntStream.range(0, m.services().size()).toArray();
        // the network is symmetric: the walk from each service to the point is the walk from the point to it
        double[] toPoint = NearestFacility.originSeconds(m.travelTimes(), new SnappedPoints(new Snap[]{at}), m.facilities(all));
        double limit = seconds[seconds.length - 1];
        List<ReachedService> reached = new ArrayList<>();
        for (int i = 0; i < toPoint.length; i++) {
            if (toPoint[i] <= limit) {
                ServicePoint p = m.services().get(i);
                reached.add(new ReachedService(p.facilityId(), p.name(), p.kindCode(), p.groupCode(), toPoint[i] / 60));
            }
        }
        reached.sort(Comparator.comparingDouble(ReachedService::minutes));
        try {
            return new Reach(lon, lat, speed, json.readTree(areas), reached);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the engine wrote invalid GeoJSON", e);
        }
    }
}
