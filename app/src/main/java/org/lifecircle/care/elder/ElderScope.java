package org.lifecircle.care.elder;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place the elder services ask who may see an elder and who keeps the record:
 * <ul>
 * <li>seeing: {@code Actor.canSeeElder} (dispatch center, the community's staff, the station's caregivers), plus
 * district administrators, masked only; anyone else is told the elder does not exist (404), since even that an elder
 * is registered is personal information;</li>
 * <li>keeping the record: {@code Actor.canManageElder} (dispatch center, the community's staff), else 403.</li>
 * </ul>
 */
@Component
class ElderScope {

    private final ElderRepository elders;
    private final CompoundService compounds;

    ElderScope(ElderRepository elders, CompoundService compounds) {
        this.elders = elders;
        this.compounds = compounds;
    }

    ElderRow visible(Actor actor, long id) {
        ElderRow row = elders.get(id).orElseThrow(() -> new NotFoundException("care.elder", id));
        if (!actor.canSeeElder(row.communityId(), row.stationId()) && !actor.isAdmin()) {
            throw new NotFoundException("care.elder", id);
        }
        return withPlaceNames(row);
    }

    ElderRow withPlaceNames(ElderRow row) {
        Compound compound = compounds.get(row.compoundId());
        return row.withPlaceNames(compound.communityName(), compound.name());
    }

    ElderRow manageable(Actor actor, long id) {
        ElderRow row = visible(actor, id);
        requireManager(actor, row.communityId());
        return row;
    }

    /** A record, or a form for one, that the actor may not keep (the community is null for a new elder's form). */
    static void requireManager(Actor actor, Long communityId) {
        if (!actor.canManageElder(communityId)) {
            throw new AccessDeniedException("elders of community " + communityId + " are not kept by this account");
        }
    }
}
