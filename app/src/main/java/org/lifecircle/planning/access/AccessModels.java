package org.lifecircle.planning.access;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.atlas.facility.Facility;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.network.Walking;
import org.springframework.stereotype.Component;

/**
 * Builds {@link AccessModel}s from the atlas as it is now. The network's snap index and each speed's
 * travel times are built once (the network does not change while the platform runs); compounds and
 * facilities are read afresh for every model, so an edit in the registry shows in the next answer. While
 * they read the same, the same model is handed out again: snapping is skipped, and callers that keep
 * engine state built on a model (what-if scenarios) can tell by identity that the registry is unchanged.
 */
@Component
public class AccessModels {

    private final Walking walking;
    private final CompoundService compounds;
    private final FacilityService facilities;
    private final PlanningSettings settings;
    private final Snapper snapper;
    private final Map<Speed, AccessModel> latest = new ConcurrentHashMap<>();

    AccessModels(Walking walking, CompoundService compounds, FacilityService facilities, PlanningSettings settings) {
        this.walking = walking;
        this.compounds = compounds;
        this.facilities = facilities;
        this.settings = settings;
        this.snapper = walking.snapper().withMaxDistanceMetres(settings.snapLimitMetres());
    }

    public AccessModel current(Speed speed) {
        TravelTimes tt = walking.travelTimes(speed.profile());
        List<Resident> residents = compounds.all().stream().map(this::resident).toList();
        List<ServicePoint> services = facilities.all().stream().map(AccessModels::servicePoint).toList();
        return latest.compute(speed, (s, last) -> last != null && last.residents().equals(residents)
                && last.services().equals(services) ? last : new AccessModel(speed, tt, snapper, residents, services));
    }

    public PlanningSettings settings() {
        return settings;
    }

    private Resident resident(Compound c) {
        boolean estimated = c.population() == null;
        double people = estimated ? (c.households() == null ? 0 : c.households() * settings.personsPerHousehold())
                : c.population();
        double elderly = c.elderlyShare() == null ? 0 : c.elderlyShare().doubleValue();
        return new Resident(c.id(), c.name(), c.communityId(), c.communityName(), people, estimated, elderly, c.lon(), c.lat());
    }

    private static ServicePoint servicePoint(Facility f) {
        return new ServicePoint(f.id(), f.name(), f.categoryCode(), f.groupCode(), f.lon(), f.lat());
    }
}
