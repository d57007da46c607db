package org.lifecircle.engine.access;

/**
 * Who walks: a constant walking speed, whether steps can be used and how much longer a flight of steps
 * takes than level ground of the same length. Times are length / speed (times the steps factor on
 * steps); the model has no waiting at crossings and no slope. Sources of the defaults: docs/ENGINE.md.
 *
 * @param name             label for reports
 * @param metresPerSecond  walking speed on level ground, &gt; 0
 * @param stepsAllowed     false: edges tagged as steps cannot be used
 * @param stepsTimeFactor  a flight of steps takes this many times as long as level ground of the same
 *                         (horizontal) length, &gt;= 1
 */
public record WalkingProfile(String name, double metresPerSecond, boolean stepsAllowed, double stepsTimeFactor) {

    /** On steps people cover about half the horizontal distance per second they cover on the level (Weidmann 1993). */
    public static final double DEFAULT_STEPS_TIME_FACTOR = 2.0;

    /** Adult, 1.2 m/s (the lower end of the 1.2–1.4 m/s adult range). */
    public static final WalkingProfile ADULT = new WalkingProfile("adult", 1.2, true);
    /** Elderly, 0.9 m/s (near the 15th percentile of people over 65, 0.92 m/s, Gates et al. 2006). */
    public static final WalkingProfile ELDERLY = new WalkingProfile("elderly", 0.9, true);
    /** Wheelchair, 0.67 m/s (40 m/min as used in Chinese planning tools), no steps. */
    public static final WalkingProfile WHEELCHAIR = new WalkingProfile("wheelchair", 0.67, false);

    /**
     * A caregiver on an e-bike, 4.2 m/s (about 15 km/h: GB 17761-2018 caps e-bikes at 25 km/h, residential lanes are
     * slower), never up steps: for route planning on the same street network.
     */
    public static final WalkingProfile E_BIKE = new WalkingProfile("e-bike", 4.2, false);

    public WalkingProfile {
        if (!(metresPerSecond > 0) || Double.isInfinite(metresPerSecond)) {
            throw new IllegalArgumentException("walking speed must be a positive number of m/s, was " + metresPerSecond);
        }
        if (!(stepsTimeFactor >= 1) || Double.isInfinite(stepsTimeFactor)) {
            throw new IllegalArgumentException("the steps time factor must be a number >= 1, was " + stepsTimeFactor);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a walking profile needs a name");
        }
    }

    /** A profile with the default steps time factor. */
    public WalkingProfile(String name, double metresPerSecond, boolean stepsAllowed) {
        this(name, metresPerSecond, stepsAllowed, DEFAULT_STEPS_TIME_FACTOR);
    }

    public WalkingProfile withMetresPerSecond(double speed) {
        return new WalkingProfile(name, speed, stepsAllowed, stepsTimeFactor);
    }

    public WalkingProfile withStepsAllowed(boolean allowed) {
        return new WalkingProfile(name, metresPerSecond, allowed, stepsTimeFactor);
    }

    public WalkingProfile withStepsTimeFactor(double factor) {
        return new WalkingProfile(name, metresPerSecond, stepsAllowed, factor);
    }

    public WalkingProfile withName(String newName) {
        return new WalkingProfile(newName, metresPerSecond, stepsAllowed, stepsTimeFactor);
    }

    /** Seconds to walk {@code metres} of an edge: infinite on steps this profile cannot use. */
    public double seconds(double metres, boolean steps) {
        if (!steps) {
            return metres / metresPerSecond;
        }
        return stepsAllowed ? metres / metresPerSecond * stepsTimeFactor : Double.POSITIVE_INFINITY;
    }
}
