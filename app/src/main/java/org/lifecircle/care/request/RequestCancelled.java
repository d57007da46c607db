package org.lifecircle.care.request;

/** Published when a request is cancelled; routes marks the station's plan of that day for re-planning. */
public record RequestCancelled(CareRequest request) {
}
