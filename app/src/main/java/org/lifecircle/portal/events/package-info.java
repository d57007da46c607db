/** A community's events (活动): other modules (the demo) may write them through {@link org.lifecircle.portal.events.EventService}. */
@org.springframework.modulith.NamedInterface("events")
package org.lifecircle.portal.events;
