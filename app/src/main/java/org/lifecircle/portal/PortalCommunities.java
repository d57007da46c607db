package org.lifecircle.portal;

import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** A portal is addressed by its community's official code (the 12-digit NBS code); staff manage their own only. */
@Component
public class PortalCommunities {

    private final DivisionService divisions;

    PortalCommunities(DivisionService divisions) {
        this.divisions = divisions;
    }

    /** The community with this code; a 404 (page or problem) when there is none. */
    public Community byCode(String code) {
        return divisions.communityByCode(code).orElseThrow(() -> new NotFoundException("portal.community", code));
    }

    public Community byId(long id) {
        return divisions.community(id);
    }

    /** The community with this code, for its staff's pages: 404 when there is none, 403 for anyone else. */
    public Community managedBy(Actor actor, String code) {
        Community community = byCode(code);
        requireManager(actor, community.id());
        return community;
    }

    /** Refuses (403) anyone but the community's own staff and district administrators. */
    public static void requireManager(Actor actor, long communityId) {
        if (!actor.canManageCommunity(communityId)) {
            throw new AccessDeniedException("not allowed: portal of community " + communityId);
        }
    }
}
