package org.lifecircle.care.visit;

/** How a visit ended, recorded at check-out. */
public enum Outcome {
    /** the service was given */
    COMPLETED,
    /** nobody opened the door */
    NOT_HOME,
    /** the elder declined the service */
    REFUSED,
    /** broken off (the elder taken ill, an emergency elsewhere) */
    ABORTED
}
