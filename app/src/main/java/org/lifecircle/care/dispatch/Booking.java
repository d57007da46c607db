package org.lifecircle.care.dispatch;

import java.time.Instant;

/** A caregiver's time taken by an assigned request, with where the visit is (the compound's position). */
record Booking(long requestId, long caregiverId, Instant from, Instant until, long compoundId) {
}
