/**
 * Dispatch (调度): proposing caregivers for a request (skills valid that day, free in the window, travel time on the
 * street network, workload), assigning with the guarantees against double dispatch and double booking, and alerting
 * the nearest free caregiver of an emergency.
 */
@org.springframework.modulith.NamedInterface("dispatch")
package org.lifecircle.care.dispatch;
