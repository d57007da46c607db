package org.lifecircle.planning.standards;

import org.lifecircle.atlas.Tier;

/**
 * The tiers a standard gives requirements for: the atlas' three (centers, streets, 5-minute circles)
 * and the residential block (居住街坊), which no atlas center stands for but a community can be
 * judged against. {@code minutes} is the walk a new requirement gets unless a planner sets another.
 */
public enum StandardTier {
    CENTER_15(15),
    STREET_10(10),
    CIRCLE_5(5),
    /** GB 50180 gives no walking distance for blocks; 5 minutes is the Ministry of Commerce's convenience-store walk. */
    BLOCK(5);

    private final int minutes;

    StandardTier(int minutes) {
        this.minutes = minutes;
    }

    public int minutes() {
        return minutes;
    }

    public static StandardTier of(Tier tier) {
        return valueOf(tier.name());
    }
}
