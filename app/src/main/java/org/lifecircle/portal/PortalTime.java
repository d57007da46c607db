package org.lifecircle.portal;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The portal's clock: the district's local time, Asia/Shanghai, for storing, comparing and showing times. */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PortalTime() {
    }

    /** The same instant at the district's offset (+08:00); null stays null. */
    public static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
