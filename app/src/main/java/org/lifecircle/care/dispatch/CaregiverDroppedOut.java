package org.lifecircle.care.dispatch;

import java.time.LocalDate;

/** Published when a caregiver drops out for a day; routes marks the station's plan for re-planning. */
public record CaregiverDroppedOut(long caregiverId, long stationId, LocalDate day) {
}
