package org.lifecircle.care.request;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A request as filed. For an emergency, an empty day and window mean "now": today, from now for
 * {@code RequestService.EMERGENCY_WINDOW}.
 */
public record RequestForm(Long elderId, String service, LocalDate day, LocalTime windowStart, LocalTime windowEnd,
                          String notes, Priority priority) {
}
