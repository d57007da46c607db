package org.lifecircle.portal.news;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A post as staff write it, on the editor page or through the API. {@code body} is HTML from the editor; it is
 * sanitised before it is stored. {@code publishedAt} is local time in Asia/Shanghai; empty means "now" when publishing.
 */
public class PostForm {

    public PostForm() {
    }

    @NotNull
    private PostKind kind = PostKind.NEWS;
    @NotBlank @Size(max = 200)
    private String title;
    @Size(max = 500)
    private String summary;
    @Size(max = 200_000)
    private String body;
    @NotNull
    private PostStatus status = PostStatus.DRAFT;
    private boolean pinned;
    private LocalDateTime publishedAt;

    static PostForm of(Post post, ZoneId zone) {
        PostForm form = new PostForm();
        form.kind = post.kind();
        form.title = post.title();
        form.summary = post.summary();
        form.body = post.bodyHtml();
        form.status = post.status();
        form.pinned = post.pinned();
        form.publishedAt = post.publishedAt() == null ? null : post.publishedAt().atZoneSameInstant(zone).toLocalDateTime();
        return form;
    }

    public PostKind getKind() { return kind; }
    public void setKind(PostKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public PostStatus getStatus() { return status; }
    public void setStatus(PostStatus status) { this.status = status; }
    public boolean isPinned() { return pinned; }
    public void setPinned(boolean pinned) { this.pinned = pinned; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public void setPublishedAt(LocalDateTime publishedAt) { this.publishedAt = publishedAt; }
}
