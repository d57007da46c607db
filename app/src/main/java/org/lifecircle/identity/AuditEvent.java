package org.lifecircle.identity;

import java.time.Instant;

/** One entry of the audit log. */
public record AuditEvent(long id, Instant occurredAt, String actor, Role actorRole, String action,
                         String targetType, String targetId, String summary) {
}
