package org.lifecircle.planning.areas;

import java.util.List;

import org.lifecircle.atlas.Tier;
import org.lifecircle.planning.access.Speed;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every compound assigned to its nearest center (of one tier) by walking time, what each center serves
 * against the seeds' population rule, and each center's service area as GeoJSON (one feature per center,
 * property {@code centerId}).
 */
public record ServiceAreaReport(Tier tier, Speed speed, List<CenterArea> centers, List<Assignment> compounds,
                                JsonNode areas) {

    /**
     * @param snapped false when the center is farther than the snap limit from every street: it serves no one here
     */
    public record CenterArea(long id, String name, String subDistrictName, AreaKind areaKind, int minResidents,
                             int maxResidents, double residents, int compounds, Double farthestMinutes,
                             AreaKind.Fit fit, boolean snapped, double lon, double lat) {
    }

    /** A compound and its center; {@code centerId} null when no center can be reached. */
    public record Assignment(long compoundId, String name, Long centerId, Double minutes, double population,
                             double lon, double lat) {
    }
}
