package org.lifecircle.care.station;

import java.util.List;

/**
 * A home-care station (居家养老服务站) of a community: its position (WGS-84, and the original pair when entered in
 * GCJ-02 or BD-09) is where its caregivers' routes start and end.
 *
 * @param openingHours OpenStreetMap syntax, e.g. {@code Mo-Fr 08:00-18:00; Sa 09:00-12:00}
 * @param services     catalogue codes the station offers
 */
public record CareStation(long id, long communityId, String communityName, String name, String address,
                          double lon, double lat, double sourceLon, double sourceLat, String sourceCrs,
                          int dayCareCapacity, String openingHours, List<String> services, HealthCenter healthCenter) {

    CareStation withCommunityName(String name) {
        return new CareStation(id, communityId, name, this.name, address, lon, lat, sourceLon, sourceLat, sourceCrs,
                dayCareCapacity, openingHours, services, healthCenter);
    }

    /** The community health center (社区卫生服务中心) the station works with (医养结合). */
    public record HealthCenter(String name, String phone, Long facilityId) {
    }
}
