package org.lifecircle.planning.siting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of site selection.
 *
 * @param maxCandidates        the most candidate sites one run takes (an area with more nodes is refused)
 * @param medianCutoffMinutes  p-median: walking times are computed up to this; a resident no site reaches by then
 *                             counts as walking this long
 * @param queueSize            runs waiting at most; one runs at a time, the solvers use both cores
 */
@ConfigurationProperties("lifecircle.planning.siting")
public record SitingSettings(int maxCandidates, int medianCutoffMinutes, int queueSize) {

    public SitingSettings {
        maxCandidates = maxCandidates > 0 ? maxCandidates : 10_000;
        medianCutoffMinutes = medianCutoffMinutes > 0 ? medianCutoffMinutes : 60;
        queueSize = queueSize > 0 ? queueSize : 20;
    }
}
