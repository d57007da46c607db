package org.lifecircle.care.privacy;

import java.time.Instant;

/** One unmasked read of an elder's data. {@code fields} are the {@code ?reveal=} names, comma-separated. */
public record AccessLogEntry(long id, Instant occurredAt, String actor, String actorRole, long elderId, String elderName,
                             long communityId, String fields, String remoteAddress, String channel) {
}
