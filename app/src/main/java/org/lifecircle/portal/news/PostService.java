package org.lifecircle.portal.news;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.portal.PortalCommunities;
import org.lifecircle.portal.PortalTime;
import org.lifecircle.portal.richtext.RichText;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.lifecircle.shared.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's news and notices. Only the community's own staff (and district administrators) write them; the body
 * is sanitised on every save, so what is stored is what may be shown. Residents see published posts whose time has
 * come; drafts and scheduled posts stay with the staff.
 */
@Service
public class PostService {

    public static final ZoneId ZONE = PortalTime.ZONE;

    private final PostRepository posts;
    private final AuditLog audit;
    private final Clock clock = Clock.system(ZONE);

    PostService(PostRepository posts, AuditLog audit) {
        this.posts = posts;
        this.audit = audit;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The public list: published, pinned first, newest first. */
    public Paged<Post> published(long community, Paged.Request page) {
        return posts.published(community, now(), page);
    }

    /** Every post, drafts too, for the community's staff. */
    public List<Post> all(Actor actor, long community) {
        PortalCommunities.requireManager(actor, community);
        return posts.all(community);
    }

    public Post get(long id) {
        return posts.find(id).orElseThrow(() -> new NotFoundException("portal.post", id));
    }

    /** A post as this reader may see it: a draft or scheduled post is "not found" for anyone but its staff. */
    public Post visibleTo(Actor actor, long id) {
        Post post = get(id);
        if (!post.isPublicAt(now()) && !actor.canManageCommunity(post.communityId())) {
            throw new NotFoundException("portal.post", id);
        }
        return post;
    }

    @Transactional
    public Post create(Actor actor, long community, PostForm form) {
        PortalCommunities.requireManager(actor, community);
        String body = checked(form);
        long id = posts.insert(community, form, body, publicationTime(form), actor.username());
        audit.record(actor, "portal.post.created", "post", id, form.getTitle());
        return get(id);
    }

    @Transactional
    public Post update(Actor actor, long id, PostForm form) {
        Post existing = get(id);
        PortalCommunities.requireManager(actor, existing.communityId());
        String body = checked(form);
        OffsetDateTime at = form.getPublishedAt() == null && existing.publishedAt() != null
                && form.getStatus() == PostStatus.PUBLISHED ? existing.publishedAt() : publicationTime(form);
        posts.update(id, form, body, at);
        audit.record(actor, "portal.post.updated", "post", id, existing.title() + " → " + form.getTitle());
        return get(id);
    }

    @Transactional
    public void delete(Actor actor, long id) {
        Post existing = get(id);
        PortalCommunities.requireManager(actor, existing.communityId());
        posts.delete(id);
        audit.record(actor, "portal.post.deleted", "post", id, existing.title());
    }

    /** The sanitised body; a post needs a title (bean validation) and a body that shows something. */
    private static String checked(PostForm form) {
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw new InvalidInputException("title", "portal.post.error.title");
        }
        String body = RichText.sanitise(form.getBody());
        if (RichText.isEmpty(body)) {
            throw new InvalidInputException("body", "portal.post.error.body");
        }
        return body;
    }

    /** A published post without a time is published now; a draft keeps the time staff set, if any. */
    private OffsetDateTime publicationTime(PostForm form) {
        if (form.getPublishedAt() != null) {
            return form.getPublishedAt().atZone(ZONE).toOffsetDateTime();
        }
        return form.getStatus() == PostStatus.PUBLISHED ? now() : null;
    }
}
