/** A community's news and notices (新闻/通知): other modules (the demo) may write them through {@link org.lifecircle.portal.news.PostService}. */
@org.springframework.modulith.NamedInterface("news")
package org.lifecircle.portal.news;
