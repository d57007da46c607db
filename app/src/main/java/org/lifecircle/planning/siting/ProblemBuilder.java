package org.lifecircle.planning.siting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lifecircle.atlas.Positions;
import org.lifecircle.atlas.Tier;
import org.lifecircle.atlas.category.Category;
import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.engine.siting.Capacity;
import org.lifecircle.engine.siting.SitingModel;
import org.lifecircle.engine.siting.SitingRequest;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.AccessModels;
import org.lifecircle.planning.access.Resident;
import org.lifecircle.planning.access.ServiceCatalogue;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.siting.SitingProblem.Site;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link SitingForm} into a {@link SitingProblem}, or reports every problem by field: an unknown service or
 * tier, a candidate off the street network, more sites than candidates, a capacity rule upside down.
 */
@Component
class ProblemBuilder {

    private final AccessModels models;
    private final ServiceCatalogue catalogue;
    private final CenterService centers;
    private final DivisionService divisions;
    private final SitingSettings settings;

    ProblemBuilder(AccessModels models, ServiceCatalogue catalogue, CenterService centers, DivisionService divisions,
                   SitingSettings settings) {
        this.models = models;
        this.catalogue = catalogue;
        this.centers = centers;
        this.divisions = divisions;
        this.settings = settings;
    }

    SitingProblem build(SitingForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        AccessModel model = models.current(Speed.valueOf(form.getSpeed()));
        SitingModel kind = SitingModel.valueOf(form.getModel());
        List<Site> sites = new ArrayList<>(existing(form, model, problems));
        int existing = sites.size();
        addCandidates(form, model, sites, problems);
        Snap[] snaps = sites.stream().map(s -> model.snap(s.lon(), s.lat())).toArray(Snap[]::new);
        for (int i = existing; i < sites.size(); i++) {
            if (snaps[i] == null) {
                problems.add(new FieldProblem("candidates[" + (i - existing) + "]", "planning.siting.error.offNetwork",
                        sites.get(i).name(), models.settings().snapLimitMetres()));
            }
        }
        int candidates = sites.size() - existing;
        if (candidates == 0) {
            problems.add(new FieldProblem("candidates", "planning.siting.error.noCandidates"));
        } else if (candidates > settings.maxCandidates()) {
            problems.add(new FieldProblem("area", "planning.siting.error.tooManyCandidates", candidates, settings.maxCandidates()));
        }
        if (kind != SitingModel.SET_COVERING && form.getSites() == null) {
            problems.add(new FieldProblem("sites", "planning.siting.error.required"));
        } else if (kind != SitingModel.SET_COVERING && candidates > 0 && form.getSites() > candidates) {
            problems.add(new FieldProblem("sites", "planning.siting.error.moreSitesThanCandidates", form.getSites(), candidates));
        }
        Capacity capacity = capacity(form, problems);
        int[] residents = residents(form, model, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        double[] weights = new double[residents.length];
        for (int i = 0; i < residents.length; i++) {
            Resident r = model.residents().get(residents[i]);
            weights[i] = "ELDERLY".equals(form.getWeighting()) ? r.population() * r.elderlyShare() : r.population();
        }
        double threshold = form.getMinutes() * 60.0;
        SitingRequest request = switch (kind) {
            case MAXIMAL_COVERING -> SitingRequest.maximalCovering(threshold, form.getSites());
            case SET_COVERING -> SitingRequest.setCovering(threshold);
            case P_MEDIAN -> SitingRequest.pMedian(form.getSites()).withThreshold(threshold)
                    .withUnservedSeconds(settings.medianCutoffMinutes() * 60.0);
        };
        int[] fixed = form.isKeepExisting() ? java.util.stream.IntStream.range(0, existing).filter(i -> snaps[i] != null).toArray()
                : new int[0];
        request = request.withFixedSites(fixed).withCapacity(capacity)
                .withMethod(SitingRequest.Method.valueOf(form.getMethod()))
                .withTimeLimit(Duration.ofSeconds(form.getTimeLimitSeconds()));
        double limit = kind == SitingModel.P_MEDIAN ? settings.medianCutoffMinutes() * 60.0 : threshold;
        return new SitingProblem(model, residents, weights, List.copyOf(sites), new SnappedPoints(snaps), existing, form.isKeepExisting(),
                request, limit);
    }

    /** The registry's facilities of the kind, or centers of the tier: the current network. */
    private List<Site> existing(SitingForm form, AccessModel model, List<FieldProblem> problems) {
        if ("CENTER".equals(form.getTarget())) {
            if (form.getTier() == null) {
                problems.add(new FieldProblem("tier", "planning.siting.error.required"));
                return List.of();
            }
            return centers.find(Tier.valueOf(form.getTier()), null).stream()
                    .map(c -> new Site(c.id(), c.name(), c.lon(), c.lat())).toList();
        }
        if (form.getService() == null) {
            problems.add(new FieldProblem("service", "planning.siting.error.required"));
            return List.of();
        }
        Category category = catalogue.all().stream().filter(c -> c.code().equals(form.getService())).findFirst().orElse(null);
        if (category == null) {
            problems.add(new FieldProblem("service", "planning.error.service", form.getService()));
            return List.of();
        }
        if (category.isGroup()) {
            problems.add(new FieldProblem("service", "planning.siting.error.group", form.getService()));
            return List.of();
        }
        return java.util.stream.IntStream.of(model.servicesOffering(form.getService()))
                .mapToObj(i -> model.services().get(i))
                .map(p -> new Site(p.facilityId(), p.name(), p.lon(), p.lat())).toList();
    }

    /** The candidates given as points, then every street node in the area, each position once. */
    private void addCandidates(SitingForm form, AccessModel model, List<Site> sites, List<FieldProblem> problems) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < form.getCandidates().size(); i++) {
            SitingForm.CandidatePoint p = form.getCandidates().get(i);
            try {
                double[] wgs84 = Positions.toWgs84(p.crs() == null ? "WGS84" : p.crs(), p.lon(), p.lat());
                if (seen.add(key(wgs84[0], wgs84[1]))) {
                    String name = p.name() == null || p.name().isBlank() ? "#" + (i + 1) : p.name().strip();
                    sites.add(new Site(null, name, wgs84[0], wgs84[1]));
                }
            } catch (InvalidInputException e) {
                problems.add(new FieldProblem("candidates[" + i + "]", "atlas.position.outsideChina", p.lon(), p.lat(), p.crs()));
            }
        }
        SitingForm.Area a = form.getArea();
        if (a == null) {
            return;
        }
        if (a.west() >= a.east() || a.south() >= a.north()) {
            problems.add(new FieldProblem("area", "planning.siting.error.area"));
            return;
        }
        double[] southWest;
        double[] northEast;
        try {
            String crs = a.crs() == null ? "WGS84" : a.crs();
            southWest = Positions.toWgs84(crs, a.west(), a.south());
            northEast = Positions.toWgs84(crs, a.east(), a.north());
        } catch (InvalidInputException e) {
            problems.add(new FieldProblem("area", "planning.siting.error.area"));
            return;
        }
        WalkNetwork net = model.travelTimes().network();
        for (int v = 0; v < net.nodeCount(); v++) {
            double lon = net.lon(v);
            double lat = net.lat(v);
            if (lon >= southWest[0] && lon <= northEast[0] && lat >= southWest[1] && lat <= northEast[1]
                    && seen.add(key(lon, lat))) {
                sites.add(new Site(null, "N" + v, lon, lat));
            }
        }
    }

    /** Positions equal to about a centimetre are one candidate. */
    private static long key(double lon, double lat) {
        return Math.round(lon * 1e7) * 4_000_000_000L + Math.round(lat * 1e7);
    }

    private static Capacity capacity(SitingForm form, List<FieldProblem> problems) {
        Double min = form.getCapacityMin();
        Double max = form.getCapacityMax();
        if (min == null && max == null) {
            return null;
        }
        if (max == null) {
            problems.add(new FieldProblem("capacityMax", "planning.siting.error.required"));
            return null;
        }
        double low = min == null ? 0 : min;
        if (low > max) {
            problems.add(new FieldProblem("capacityMin", "planning.siting.error.capacity", low, max));
            return null;
        }
        if ("HEURISTIC".equals(form.getMethod())) {
            problems.add(new FieldProblem("method", "planning.siting.error.capacityExact"));
            return null;
        }
        return new Capacity(low, max);
    }

    /**
     * The residents of the sub-district (or all). A compound too far from every street stays in: no site reaches
     * it, so it counts as not covered (uncoverable), as in the coverage analysis.
     */
    private int[] residents(SitingForm form, AccessModel model, List<FieldProblem> problems) {
        Set<Long> communities = null;
        if (form.getSubDistrictId() != null) {
            if (divisions.subDistricts().stream().noneMatch(s -> s.id() == form.getSubDistrictId())) {
                problems.add(new FieldProblem("subDistrictId", "planning.siting.error.subDistrict", form.getSubDistrictId()));
                return new int[0];
            }
            communities = new HashSet<>(divisions.communities(form.getSubDistrictId()).stream().map(Community::id).toList());
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < model.residents().size(); i++) {
            if (communities == null || communities.contains(model.residents().get(i).communityId())) {
                chosen.add(i);
            }
        }
        if (chosen.isEmpty()) {
            problems.add(new FieldProblem("subDistrictId", "planning.siting.error.noResidents"));
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }
}
