package org.lifecircle.planning.access;

import org.lifecircle.engine.access.WalkingProfile;

/** The walking speeds a planner chooses between (sources of the defaults: docs/ENGINE.md). */
public enum Speed {
    /** 1.2 m/s. */
    ADULT(WalkingProfile.ADULT),
    /** 0.9 m/s: what the 5/10/15 minutes mean for the elderly. */
    ELDERLY(WalkingProfile.ELDERLY);

    private final WalkingProfile profile;

    Speed(WalkingProfile profile) {
        this.profile = profile;
    }

    public WalkingProfile profile() {
        return profile;
    }
}
