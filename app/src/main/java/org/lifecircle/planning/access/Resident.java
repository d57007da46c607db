package org.lifecircle.planning.access;

/**
 * The people of one compound, placed at its entrance. {@code population} is the recorded figure or,
 * when only households are recorded, households × persons per household ({@code populationEstimated}).
 */
public record Resident(long compoundId, String name, long communityId, String communityName, double population,
                       boolean populationEstimated, double elderlyShare, double lon, double lat) {
}
