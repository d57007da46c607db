package org.lifecircle.network;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.Snapper;
import org.springframework.stereotype.Component;

/**
 * What every module that computes walks needs from the network, built once and shared: each walking profile's
 * travel times (built on first use) and the snap index (the engine's default 300 m limit;
 * {@code snapper().withMaxDistanceMetres(..)} gives another limit on the same index). Thread-safe.
 */
@Component
public class Walking {

    private final StreetNetwork streets;
    private final Snapper snapper;
    private final Map<WalkingProfile, TravelTimes> times = new ConcurrentHashMap<>();

    Walking(StreetNetwork streets) {
        this.streets = streets;
        this.snapper = Snapper.of(streets.network());
    }

    public TravelTimes travelTimes(WalkingProfile profile) {
        return times.computeIfAbsent(profile, p -> new TravelTimes(streets.network(), p));
    }

    public Snapper snapper() {
        return snapper;
    }
}
