/**
 * Routes (路线): a station's day planned with the engine's {@code RouteSolver} (time windows, skills, shifts, walking
 * or e-bike travel times from the street network), stored, and re-planned from the previous plan when a request is
 * added or a caregiver drops out.
 */
@org.springframework.modulith.NamedInterface("routes")
package org.lifecircle.care.routes;
