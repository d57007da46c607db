package org.lifecircle.atlas.facility;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A facility or merchant: a place where a service is offered, in a category of the catalogue,
 * optionally inside a service center and within a community. {@code groupCode}/{@code groupName}
 * name the handbook category (one of the 11) the facility's category falls under.
 */
public record Facility(long id, String name, long categoryId, String categoryCode, String categoryName,
                       String categoryNameEn, String groupCode, String groupName, String groupNameEn,
                       String address, double lon, double lat, double sourceLon, double sourceLat, String sourceCrs,
                       String businessScope, String phone, String openingHours,
                       Long centerId, String centerName, Long communityId, String communityName,
                       boolean subsidised, boolean governmentRun, boolean elderFriendly, BigDecimal floorAreaM2,
                       String externalSource, String externalId, boolean estimated, OffsetDateTime verifiedAt) {
}
