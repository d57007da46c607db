package org.lifecircle.atlas.center;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.lifecircle.atlas.ServiceClass;
import org.lifecircle.atlas.Tier;

/**
 * A convenience service center, service street or 5-minute circle, with its functional areas
 * by class of service (m²) and the communities it is meant to serve.
 */
public record ServiceCenter(long id, long subDistrictId, String subDistrictName, String name, Tier tier,
                            String address, double lon, double lat, double sourceLon, double sourceLat,
                            String sourceCrs, Integer floorsAbove, Integer floorsBelow, BigDecimal totalAreaM2,
                            Integer householdsServed, Integer merchants, boolean estimated, String note,
                            Map<ServiceClass, BigDecimal> areas, List<ServedCommunity> communities) {

    public record ServedCommunity(long id, String name) {
    }

    /** Area of one class of service, null when not recorded. */
    public BigDecimal area(ServiceClass serviceClass) {
        return areas.get(serviceClass);
    }
}
