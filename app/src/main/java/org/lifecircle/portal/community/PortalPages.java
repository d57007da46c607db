package org.lifecircle.portal.community;

import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.map.MapSettings;
import org.lifecircle.identity.Actor;
import org.lifecircle.portal.PortalCommunities;
import org.lifecircle.portal.events.EventService;
import org.lifecircle.portal.news.Post;
import org.lifecircle.portal.news.PostService;
import org.lifecircle.shared.NotFoundException;
import org.lifecircle.shared.Paged;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A community's portal for its residents (public, phone first): the committee and its map, news and notices, upcoming
 * events, and the services around the resident's compound (drawn in the browser from the nearby JSON API).
 */
@Controller
class PortalPages {

    static final int LATEST = 10;

    private final PortalCommunities communities;
    private final CompoundService compounds;
    private final PostService posts;
    private final EventService events;
    private final MapSettings map;

    PortalPages(PortalCommunities communities, CompoundService compounds, PostService posts, EventService events,
                MapSettings map) {
        this.communities = communities;
        this.compounds = compounds;
        this.posts = posts;
        this.events = events;
        this.map = map;
    }

    @GetMapping("/c/{code}")
    String portal(Actor actor, @PathVariable String code, Model model) {
        Community community = communities.byCode(code);
        model.addAttribute("community", community);
        // sorted by pinyin, as residents look for their compound's name
        model.addAttribute("compounds", compounds.find(community.id(), null, new Paged.Request(0, Paged.MAX_SIZE)).items());
        model.addAttribute("posts", posts.published(community.id(), new Paged.Request(0, LATEST)));
        model.addAttribute("events", events.upcoming(community.id(), LATEST));
        model.addAttribute("map", map);
        model.addAttribute("canManage", actor.canManageCommunity(community.id()));
        return "portal/portal";
    }

    @GetMapping("/c/{code}/news")
    String news(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        Community community = communities.byCode(code);
        model.addAttribute("community", community);
        model.addAttribute("posts", posts.published(community.id(), new Paged.Request(page, 20)));
        return "portal/news";
    }

    @GetMapping("/c/{code}/news/{id}")
    String article(Actor actor, @PathVariable String code, @PathVariable long id, Model model) {
        Community community = communities.byCode(code);
        Post post = posts.visibleTo(actor, id);
        if (post.communityId() != community.id()) {
            throw new NotFoundException("portal.post", id); // another community's post under this address
        }
        model.addAttribute("community", community);
        model.addAttribute("post", post);
        model.addAttribute("isPublic", post.isPublicAt(posts.now()));
        return "portal/article";
    }
}
