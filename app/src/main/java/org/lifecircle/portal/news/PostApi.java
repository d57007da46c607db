package org.lifecircle.portal.news;

import java.util.List;

import jakarta.validation.Valid;

import org.lifecircle.identity.Actor;
import org.lifecircle.portal.PortalCommunities;
import org.lifecircle.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** News and notices as JSON: reading is public (published posts), writing is for the community's staff. */
@RestController
@Tag(name = "Portal 社区门户")
class PostApi {

    private final PostService posts;
    private final PortalCommunities communities;

    PostApi(PostService posts, PortalCommunities communities) {
        this.posts = posts;
        this.communities = communities;
    }

    @GetMapping("/api/v1/portal/communities/{code}/posts")
    @Operation(summary = "A community's published news and notices, pinned first, newest first")
    Paged<Post> published(@PathVariable String code, @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "20") int size) {
        return posts.published(communities.byCode(code).id(), new Paged.Request(page, size));
    }

    @GetMapping("/api/v1/portal/communities/{code}/posts/all")
    @Operation(summary = "Every post of a community, drafts too (its staff)")
    List<Post> all(Actor actor, @PathVariable String code) {
        return posts.all(actor, communities.byCode(code).id());
    }

    @GetMapping("/api/v1/portal/posts/{id}")
    @Operation(summary = "One post; a draft is found by the community's staff only")
    Post one(Actor actor, @PathVariable long id) {
        return posts.visibleTo(actor, id);
    }

    @PostMapping("/api/v1/portal/communities/{code}/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a post; the body's HTML is sanitised to the portal's allow-list before it is stored")
    Post create(Actor actor, @PathVariable String code, @Valid @RequestBody PostForm form) {
        return posts.create(actor, communities.byCode(code).id(), form);
    }

    @PutMapping("/api/v1/portal/posts/{id}")
    Post update(Actor actor, @PathVariable long id, @Valid @RequestBody PostForm form) {
        return posts.update(actor, id, form);
    }

    @DeleteMapping("/api/v1/portal/posts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable long id) {
        posts.delete(actor, id);
    }
}
