package org.lifecircle.portal.news;

/** News (新闻) tells what happened; a notice (通知) tells residents what to do or know. */
public enum PostKind {
    NEWS, NOTICE
}
