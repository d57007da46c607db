package org.lifecircle.planning.areas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lifecircle.atlas.Tier;
import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.center.ServiceCenter;
import org.lifecircle.engine.access.Isochrones;
import org.lifecircle.engine.access.WhatIf;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.AccessModels;
import org.lifecircle.planning.access.Resident;
import org.lifecircle.planning.access.Speed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Service areas: each compound to its nearest center by walking, and what each center then serves. */
@Service
public class ServiceAreaService {

    private final AccessModels models;
    private final CenterService centers;
    private final AreaKindRepository kinds;
    private final AuditLog audit;
    private final ObjectMapper json;

    ServiceAreaService(AccessModels models, CenterService centers, AreaKindRepository kinds, AuditLog audit, ObjectMapper json) {
        this.models = models;
        this.centers = centers;
        this.kinds = kinds;
        this.audit = audit;
        this.json = json;
    }

    /**
     * A center as the analysis sees it: a registry center, or a proposed one ({@code id} null) under a
     * what-if scenario.
     */
    public record CenterPoint(Long id, String name, String subDistrictName, double lon, double lat) {
    }

    /** Service areas of the registry's centers of a tier. */
    public ServiceAreaReport serviceAreas(Tier tier, Speed speed) {
        List<CenterPoint> points = centers.find(tier, null).stream()
                .map(c -> new CenterPoint(c.id(), c.name(), c.subDistrictName(), c.lon(), c.lat())).toList();
        return serviceAreas(tier, speed, points);
    }

    /** Service areas of any set of centers (the registry's as a scenario would change them, say). */
    public ServiceAreaReport serviceAreas(Tier tier, Speed speed, List<CenterPoint> list) {
        AccessModel m = models.current(speed);
        Snap[] snaps = list.stream().map(c -> m.snap(c.lon(), c.lat())).toArray(Snap[]::new);
        SnappedPoints points = new SnappedPoints(snaps);
        WhatIf nearest = m.whatIf(points, tier.minutes() * 60.0);

        double[] residents = new double[list.size()];
        int[] compounds = new int[list.size()];
        double[] farthest = new double[list.size()];
        List<ServiceAreaReport.Assignment> assignments = new ArrayList<>();
        for (int o = 0; o < m.residents().size(); o++) {
            Resident r = m.residents().get(o);
            int c = nearest.nearestFacility(o);
            double seconds = nearest.originSeconds(o);
            boolean reached = c >= 0 && Double.isFinite(seconds);
            if (reached) {
                residents[c] += r.population();
                compounds[c]++;
                farthest[c] = Math.max(farthest[c], seconds / 60);
            }
            assignments.add(new ServiceAreaReport.Assignment(r.compoundId(), r.name(), reached ? c : null,
                    reached ? list.get(c).id() : null, reached ? seconds / 60 : null, r.population(), r.lon(), r.lat()));
        }
        Map<Long, AreaKind> recorded = kinds.all();
        List<ServiceAreaReport.CenterArea> areas = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CenterPoint c = list.get(i);
            AreaKind kind = c.id() == null ? AreaKind.RESIDENTIAL : recorded.getOrDefault(c.id(), AreaKind.RESIDENTIAL);
            areas.add(new ServiceAreaReport.CenterArea(c.id(), c.name(), c.subDistrictName(), kind, kind.minResidents(),
                    kind.maxResidents(), residents[i], compounds[i], compounds[i] > 0 ? farthest[i] : null,
                    kind.fit(residents[i]), snaps[i] != null, c.lon(), c.lat()));
        }
        return new ServiceAreaReport(tier, speed, areas, assignments, polygons(m, list, points));
    }

    @Transactional
    public void setAreaKind(Actor actor, long centerId, AreaKind kind) {
        if (!actor.canManageDistrict()) {
            throw new AccessDeniedException("not allowed: area kind of center " + centerId);
        }
        ServiceCenter center = centers.get(centerId);
        kinds.set(centerId, kind, actor.username());
        audit.record(actor, "planning.center.areaKind", "center", centerId, center.name() + ": " + kind);
    }

    /** The centers' service areas as a GeoJSON FeatureCollection, one feature per center. */
    private com.fasterxml.jackson.databind.JsonNode polygons(AccessModel m, List<CenterPoint> list, SnappedPoints points) {
        double[] lats = list.stream().mapToDouble(CenterPoint::lat).toArray();
        double[] lons = list.stream().mapToDouble(CenterPoint::lon).toArray();
        List<Isochrones.ServiceArea> polygons = Isochrones.of(m.travelTimes()).serviceAreas(lats, lons, points);
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < polygons.size(); i++) {
            sb.append(i > 0 ? "," : "").append("{\"type\":\"Feature\",\"properties\":{\"index\":").append(i)
                    .append(",\"centerId\":").append(list.get(i).id())
                    .append(",\"areaSquareMetres\":").append(Math.round(polygons.get(i).areaSquareMetres()))
                    .append("},\"geometry\":").append(Isochrones.geometryJson(polygons.get(i).lonLat())).append('}');
        }
        try {
            return json.readTree(sb.append("]}").toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the engine wrote invalid GeoJSON", e);
        }
    }
}
