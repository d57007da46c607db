package org.lifecircle.programme.buildout;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a planned center's status history.
 *
 * @param effectiveOn the day the stage began, as reported
 * @param actor       who recorded it
 * @param recordedAt  when it was recorded
 */
public record StatusChange(BuildStatus status, LocalDate effectiveOn, String actor, String note, Instant recordedAt) {
}
