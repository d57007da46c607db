package org.lifecircle.planning.standards;

import java.util.List;

import org.lifecircle.atlas.Tier;
import org.lifecircle.planning.access.Speed;

/**
 * A center against its tier's requirements (walking from the center), the standard center's
 * composition and the basic functions. {@code snapped} false: the center is too far from every
 * street, so only the facilities filed in it count.
 */
public record CenterCompliance(long centerId, String name, long subDistrictId, String subDistrictName, Tier tier,
                               boolean estimated, Speed speed, boolean snapped, Score score, List<CenterCheck> checks,
                               int functionsPresent, List<FunctionCheck> functions, double functionWalkMinutes,
                               Composition composition) {
}
