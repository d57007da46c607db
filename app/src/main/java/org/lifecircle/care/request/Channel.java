package org.lifecircle.care.request;

/**
 * How a request reached the platform. It follows from who filed it (the role, and for a resident the link to the
 * elder), never from what the form says, so the figures per channel can be trusted.
 */
public enum Channel {
    FAMILY_ONLINE, ELDER_ONLINE, COMMUNITY_STAFF, DISPATCHER_PHONE
}
