package org.lifecircle.care.request;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** A recurring request as stored; {@code createdUntil} is the last day whose request exists. */
public record Series(long id, long elderId, String serviceCode, Set<DayOfWeek> weekdays, LocalTime windowStart,
                     LocalTime windowEnd, LocalDate firstDay, LocalDate lastDay, String notes, Channel channel,
                     String requestedBy, LocalDate createdUntil, boolean active) {
}
