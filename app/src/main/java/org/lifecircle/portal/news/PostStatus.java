package org.lifecircle.portal.news;

/** A draft is seen by staff only; a published post is public from its publication time. */
public enum PostStatus {
    DRAFT, PUBLISHED
}
