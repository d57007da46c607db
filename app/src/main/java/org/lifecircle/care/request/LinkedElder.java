package org.lifecircle.care.request;

/** An elder a resident account is linked to (relation SELF: the elder's own account); the name only, nothing more. */
public record LinkedElder(long id, String name, String relation) {
}
