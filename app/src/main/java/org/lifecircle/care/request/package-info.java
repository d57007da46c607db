/**
 * Intake (受理): requests for a service from the catalogue for one elder, a day and a time window, filed by the
 * dispatch center taking a phone call, by community staff, or online by the elder or a linked family member
 * ({@code elder_family}); recurring requests as series that create each day's request ahead of time.
 */
@org.springframework.modulith.NamedInterface("request")
package org.lifecircle.care.request;
