package org.lifecircle.engine.access;

/**
 * Who walks: a constant walking speed and whether steps can be used. Times are length / speed; the
 * model has no waiting at crossings and no slope. Sources of the defaults: docs/ENGINE.md.
 *
 * @param name           label for reports
 * @param metresPerSecond walking speed, &gt; 0
 * @param stepsAllowed   false: edges tagged as steps cannot be used
 */
public record WalkingProfile(String name, double metresPerSecond, boolean stepsAllowed) {

    /** Adult, 1.2 m/s (the lower end of the 1.2–1.4 m/s adult range). */
    public static final WalkingProfile ADULT = new WalkingProfile("adult", 1.2, true);
    /** Elderly, 0.9 m/s (near the 15th percentile of people over 65, 0.92 m/s, Gates et al. 2006). */
    public static final WalkingProfile ELDERLY = new WalkingProfile("elderly", 0.9, true);
    /** Wheelchair, 0.67 m/s (40 m/min as used in Chinese planning tools), no steps. */
    public static final WalkingProfile WHEELCHAIR = new WalkingProfile("wheelchair", 0.67, false);

    public WalkingProfile {
        if (!(metresPerSecond > 0) || Double.isInfinite(metresPerSecond)) {
            throw new IllegalArgumentException("walking speed must be a positive number of m/s, was " + metresPerSecond);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a walking profile needs a name");
        }
    }

    public WalkingProfile withMetresPerSecond(double speed) {
        return new WalkingProfile(name, speed, stepsAllowed);
    }

    public WalkingProfile withStepsAllowed(boolean allowed) {
        return new WalkingProfile(name, metresPerSecond, allowed);
    }

    public WalkingProfile withName(String newName) {
        return new WalkingProfile(newName, metresPerSecond, stepsAllowed);
    }
}
