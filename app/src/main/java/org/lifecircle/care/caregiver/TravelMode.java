package org.lifecircle.care.caregiver;

/** How a caregiver gets from one elder to the next; route planning picks the travel times by it. */
public enum TravelMode {
    WALK, E_BIKE
}
