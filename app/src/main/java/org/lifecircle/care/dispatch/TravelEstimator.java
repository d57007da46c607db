package org.lifecircle.care.dispatch;

import org.lifecircle.care.caregiver.TravelMode;
import org.lifecircle.engine.access.PairTimes;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.EarthDistance;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.network.Walking;
import org.springframework.stereotype.Component;

/**
 * Travel times of caregivers on the street network (the engine's bounded searches on the shared {@link Walking}
 * network): on foot at an adult's pace, by e-bike at 4.2 m/s (about 15 km/h, the limit for e-bikes in GB 17761-2018
 * is 25 km/h but residential lanes are slower) and never up steps. A place farther than the snap limit from any
 * street, or a pair not connected within the search limit, gets an estimate from the straight-line distance with a
 * detour factor, flagged as estimated, so a proposal is never lost for a gap in the map.
 */
@Component
public class TravelEstimator {

    public static final WalkingProfile ON_FOOT = WalkingProfile.ADULT;
    public static final WalkingProfile E_BIKE = WalkingProfile.E_BIKE;
    /** Streets are not straight lines: a usual detour factor for city grids. */
    static final double DETOUR = 1.3;
    static final double LIMIT_SECONDS = 2 * 3600;

    /** Seconds, and whether they come from the straight-line estimate. */
    public record Time(long seconds, boolean estimated) {
    }

    private final Walking walking;

    TravelEstimator(Walking walking) {
        this.walking = walking;
    }

    public static WalkingProfile profile(TravelMode mode) {
        return mode == TravelMode.E_BIKE ? E_BIKE : ON_FOOT;
    }

    /** From each origin ({@code lats[i]}, {@code lons[i]}) to one place, in the given mode. */
    public Time[] toPlace(TravelMode mode, double[] lats, double[] lons, double lat, double lon) {
        WalkingProfile profile = profile(mode);
        Time[] times = new Time[lats.length];
        if (lats.length == 0) {
            return times;
        }
        TravelTimes tt = walking.travelTimes(profile);
        SnappedPoints sources = walking.snapper().snapAll(lats, lons, profile.stepsAllowed());
        SnappedPoints target = walking.snapper().snapAll(new double[] {lat}, new double[] {lon}, profile.stepsAllowed());
        PairTimes pairs = PairTimes.within(tt, sources, target, LIMIT_SECONDS);
        for (int i = 0; i < lats.length; i++) {
            if (pairs.end(i) > pairs.start(i)) {
                times[i] = new Time(Math.round(pairs.seconds(pairs.start(i))), false);
            } else {
                times[i] = estimate(profile, lats[i], lons[i], lat, lon);
            }
        }
        return times;
    }

    public static Time estimate(WalkingProfile profile, double lat1, double lon1, double lat2, double lon2) {
        double metres = EarthDistance.metres(lat1, lon1, lat2, lon2) * DETOUR;
        return new Time(Math.round(metres / profile.metresPerSecond()), true);
    }
}
