package org.lifecircle.planning.standards;

import java.util.List;

import org.lifecircle.planning.access.Speed;

/**
 * A community against one tier's requirements: for each, the share of its residents within the
 * walk, present at {@code threshold} or more.
 */
public record CommunityCompliance(long communityId, String name, long subDistrictId, String subDistrictName,
                                  StandardTier tier, Speed speed, double population, double threshold, Score score,
                                  List<CommunityCheck> checks) {
}
