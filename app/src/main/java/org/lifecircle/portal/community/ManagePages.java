package org.lifecircle.portal.community;

import org.lifecircle.atlas.division.Community;
import org.lifecircle.identity.Actor;
import org.lifecircle.portal.PortalCommunities;
import org.lifecircle.portal.events.EventService;
import org.lifecircle.portal.news.PostService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The staff's desk for a community's portal: every post (drafts too) and every event, with links to write more. */
@Controller
class ManagePages {

    private final PortalCommunities communities;
    private final PostService posts;
    private final EventService events;

    ManagePages(PortalCommunities communities, PostService posts, EventService events) {
        this.communities = communities;
        this.posts = posts;
        this.events = events;
    }

    @GetMapping("/c/{code}/manage")
    String desk(Actor actor, @PathVariable String code, Model model) {
        Community community = communities.byCode(code);
        model.addAttribute("community", community);
        model.addAttribute("posts", posts.all(actor, community.id()));
        model.addAttribute("events", events.all(actor, community.id()));
        model.addAttribute("now", posts.now());
        return "portal/manage";
    }
}
