package org.lifecircle.planning.standards;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the compliance checks ({@code lifecircle.planning.standards.*}).
 *
 * @param functionWalkMinutes a basic function counts as part of a center when a facility offering it
 *                            is filed in the center or lies within this walk of it (default 3 minutes:
 *                            next door, across a square)
 * @param shareThreshold      a community has a requirement when at least this share of its residents
 *                            reach it within the walk (default 0.5); the share is shown either way
 */
@ConfigurationProperties("lifecircle.planning.standards")
public record StandardsSettings(double functionWalkMinutes, double shareThreshold) {

    public StandardsSettings {
        functionWalkMinutes = functionWalkMinutes > 0 ? functionWalkMinutes : 3;
        shareThreshold = shareThreshold > 0 && shareThreshold <= 1 ? shareThreshold : 0.5;
    }
}
