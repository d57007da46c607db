package org.lifecircle.care.request;

/** An emergency jumps the queue on the board and alerts the nearest free caregiver. */
public enum Priority {
    NORMAL, EMERGENCY
}
