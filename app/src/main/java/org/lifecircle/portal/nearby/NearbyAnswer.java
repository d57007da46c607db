package org.lifecircle.portal.nearby;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The services around a compound by the handbook's 11 categories, each sorted by walking minutes (from the street
 * network, not straight-line distance). {@code openNow} is null where the opening hours are unknown or not
 * understood.
 */
public record NearbyAnswer(long compoundId, String compoundName, double lon, double lat, int minutes, boolean elderlyPace,
                           int total, List<Group> groups) {

    /** A handbook category with its services in reach. */
    public record Group(String code, String name, List<Service> services) {
    }

    public record Service(long id, String name, String kind, String address, String businessScope, String phone,
                          String openingHours, Boolean openNow, double minutes, boolean subsidised, boolean elderFriendly,
                          OffsetDateTime verifiedAt, double lon, double lat) {
    }
}
