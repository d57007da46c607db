package org.lifecircle.care.request;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** A recurring request: the service on each of {@code weekdays} from {@code firstDay} to {@code lastDay}. */
public record SeriesForm(Long elderId, String service, Set<DayOfWeek> weekdays, LocalTime windowStart,
                         LocalTime windowEnd, LocalDate firstDay, LocalDate lastDay, String notes) {
}
