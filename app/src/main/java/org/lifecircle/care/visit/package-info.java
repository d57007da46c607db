/**
 * Visits (上门服务记录): the caregiver's phone page for the day, check-in and check-out at the elder's home with one
 * point-in-time position each (never a track), the six facts of a verified visit frozen at check-in, the dispatch
 * center's exception queue for positions that do not match, the job that flags late and missed visits, and the
 * family's view and rating.
 */
@org.springframework.modulith.NamedInterface("visit")
package org.lifecircle.care.visit;
