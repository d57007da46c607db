package org.lifecircle.portal.news;

import java.time.OffsetDateTime;

import org.lifecircle.portal.PortalTime;

/**
 * A news item or notice (新闻/通知) of a community. {@code bodyHtml} is stored sanitised and rendered as stored. It is
 * public once it is published and its publication time has come; until then only the community's staff see it.
 */
public record Post(long id, long communityId, PostKind kind, String title, String summary, String bodyHtml,
                   PostStatus status, boolean pinned, OffsetDateTime publishedAt, String author,
                   OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Times as residents read them: Asia/Shanghai, whatever offset the database hands back. */
    public Post {
        publishedAt = PortalTime.local(publishedAt);
        createdAt = PortalTime.local(createdAt);
        updatedAt = PortalTime.local(updatedAt);
    }

    public boolean isPublicAt(OffsetDateTime now) {
        return status == PostStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    /** Published, but to appear at a later time. */
    public boolean isScheduledAt(OffsetDateTime now) {
        return status == PostStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
    }
}
