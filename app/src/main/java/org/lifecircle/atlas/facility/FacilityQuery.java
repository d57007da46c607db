package org.lifecircle.atlas.facility;

/**
 * Filters for the facility list; null means "any". {@code category} is a category code and
 * matches that category and every kind beneath it (so {@code health} includes pharmacies).
 */
public record FacilityQuery(String q, String category, Long communityId, Long centerId, Boolean subsidised,
                            Boolean governmentRun, Boolean elderFriendly) {

    public static FacilityQuery all() {
        return new FacilityQuery(null, null, null, null, null, null, null);
    }
}
