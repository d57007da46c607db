package org.lifecircle.care.dispatch;

import java.time.Instant;

/** An emergency's call to a caregiver: open until the caregiver acknowledges it (the phone page polls the open ones). */
public record Alert(long id, long requestId, long caregiverId, String caregiverName, Long travelSeconds, Instant createdAt,
                    Instant acknowledgedAt) {
}
