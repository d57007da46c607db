package org.lifecircle.care.request;

import java.time.Instant;

/** A resident account linked to an elder: {@code relation} SELF is the elder's own account. */
public record FamilyLink(String username, String relation, String linkedBy, Instant linkedAt) {
}
