package org.lifecircle.atlas.compound;

import java.math.BigDecimal;

/**
 * A residential compound (小区/楼院): where residents live, counted in households and people,
 * reached through its entrance (WGS-84). {@code estimated} marks figures that are estimates.
 */
public record Compound(long id, long communityId, String communityName, String name, String address,
                       Integer households, Integer population, BigDecimal elderlyShare,
                       double lon, double lat, double sourceLon, double sourceLat, String sourceCrs,
                       boolean estimated, String note) {
}
