package org.lifecircle.care.elder;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded consent; {@code withdrawnAt} is set once it is withdrawn (the record stays, as evidence). */
public record Consent(long id, GivenBy givenBy, String guardianName, String guardianRelation, String purpose,
                      LocalDate givenOn, String recordedBy, Instant recordedAt, Instant withdrawnAt, String withdrawnBy) {

    public enum GivenBy {
        ELDER, GUARDIAN
    }

    public boolean inForce() {
        return withdrawnAt == null;
    }
}
