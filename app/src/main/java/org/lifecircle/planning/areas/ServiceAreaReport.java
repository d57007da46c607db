package org.lifecircle.planning.areas;

import java.util.List;

import org.lifecircle.atlas.Tier;
import org.lifecircle.planning.access.Speed;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every compound assigned to its nearest center (of one tier) by walking time, what each center serves
 * against the seeds' population rule, and each center's service area as GeoJSON (one feature per center,
 * properties {@code index} and {@code centerId}).
 */
public record ServiceAreaReport(Tier tier, Speed speed, List<CenterArea> centers, List<Assignment> compounds,
                                JsonNode areas) {

    /**
     * @param id      null for a center proposed in a what-if scenario
     * @param snapped false when the center is farther than the snap limit from every street: it serves no one here
     */
    public record CenterArea(Long id, String name, String subDistrictName, AreaKind areaKind, int minResidents,
                             int maxResidents, double residents, int compounds, Double farthestMinutes,
                             AreaKind.Fit fit, boolean snapped, double lon, double lat) {
    }

    /**
     * A compound and its center: {@code centerIndex} its position in {@link #centers()} (the areas' features
     * carry the same {@code index}), null when no center can be reached.
     */
    public record Assignment(long compoundId, String name, Integer centerIndex, Long centerId, Double minutes,
                             double population, double lon, double lat) {
    }
}
