package org.lifecircle.portal.events;

import java.time.OffsetDateTime;

import org.lifecircle.portal.PortalTime;

/**
 * An event a community invites residents to (活动). {@code descriptionHtml} is sanitised like a post's body. An event
 * is upcoming until it ends (or, without an end, until the day it starts is over).
 */
public record Event(long id, long communityId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                    String place, String descriptionHtml, Integer capacity, String signUp, String author) {

    public Event {
        startsAt = PortalTime.local(startsAt);
        endsAt = PortalTime.local(endsAt);
    }
}
