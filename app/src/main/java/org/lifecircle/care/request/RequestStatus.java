package org.lifecircle.care.request;

/** OPEN → ASSIGNED → IN_PROGRESS → DONE (the last two are the visit's, part C), or CANCELLED before it is done. */
public enum RequestStatus {
    OPEN, ASSIGNED, IN_PROGRESS, DONE, CANCELLED
}
