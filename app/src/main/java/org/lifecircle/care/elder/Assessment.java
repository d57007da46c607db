package org.lifecircle.care.elder;

import java.time.LocalDate;

import org.lifecircle.care.assessment.CareLevel;

/** A recorded ability assessment (GB/T 42195-2022). */
public record Assessment(long id, int selfCare, int basicMotor, int mentalState, int perceptionSocial, int total,
                         CareLevel level, LocalDate assessedOn, String assessor, String recordedBy) {
}
