package org.lifecircle.engine.cli;

import org.lifecircle.engine.access.WalkingProfile;

import java.util.Arrays;

/**
 * What a run computes with.
 *
 * @param thresholdMinutes as given on the command line, in that order
 * @param snapLimitMetres  farther points are not snapped and are reported
 * @param bufferMetres     isochrone buffer around the reached streets
 * @param categoryIsochrones whether to draw the isochrones of every category
 */
record Settings(WalkingProfile profile, double[] thresholdMinutes, double snapLimitMetres, double bufferMetres,
                boolean categoryIsochrones, int threads) {

    Settings {
        thresholdMinutes = thresholdMinutes.clone();
    }

    double[] thresholdSeconds() {
        return Arrays.stream(thresholdMinutes).map(m -> m * 60).toArray();
    }

    @Override
    public double[] thresholdMinutes() {
        return thresholdMinutes.clone();
    }
}
