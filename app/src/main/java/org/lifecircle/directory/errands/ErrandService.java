package org.lifecircle.directory.errands;

import java.util.List;

import org.lifecircle.atlas.Scope;
import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.importing.PhoneNumbers;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Errand guides. District-wide guides are the district administrator's; a community's own guides are also its
 * staff's. Every change is in the audit log.
 */
@Service
public class ErrandService {

    private final ErrandRepository errands;
    private final DivisionService divisions;
    private final CenterService centers;
    private final AuditLog audit;

    ErrandService(ErrandRepository errands, DivisionService divisions, CenterService centers, AuditLog audit) {
        this.errands = errands;
        this.divisions = divisions;
        this.centers = centers;
        this.audit = audit;
    }

    /** What a community's handbook prints: the district-wide guides and the community's own. */
    public List<Errand> forCommunity(long communityId) {
        return errands.forCommunity(communityId);
    }

    public List<Errand> all() {
        return errands.all();
    }

    public Errand get(long id) {
        return errands.find(id).orElseThrow(() -> new NotFoundException("directory.errand", id));
    }

    /** Whether there is no district-wide guide yet (the demo loader fills only then). */
    public boolean noDistrictWideGuides() {
        return errands.all().stream().noneMatch(e -> e.communityId() == null);
    }

    @Transactional
    public Errand create(Actor actor, ErrandForm form) {
        Scope.require(mayManage(actor, form.getCommunityId()), "errand guide");
        check(form);
        long id = errands.insert(form);
        audit.record(actor, "directory.errand.created", "errand_guide", id, form.getTitle());
        return get(id);
    }

    @Transactional
    public Errand update(Actor actor, long id, ErrandForm form) {
        Errand existing = get(id);
        Scope.require(mayManage(actor, existing.communityId()) && mayManage(actor, form.getCommunityId()),
                "errand guide " + id);
        check(form);
        errands.update(id, form);
        audit.record(actor, "directory.errand.updated", "errand_guide", id, existing.title() + " → " + form.getTitle());
        return get(id);
    }

    @Transactional
    public void delete(Actor actor, long id) {
        Errand existing = get(id);
        Scope.require(mayManage(actor, existing.communityId()), "errand guide " + id);
        errands.delete(id);
        audit.record(actor, "directory.errand.deleted", "errand_guide", id, existing.title());
    }

    /** District-wide guides: administrators; a community's: its staff too. */
    public static boolean mayManage(Actor actor, Long communityId) {
        return communityId == null ? actor.isAdmin() : actor.canManageCommunity(communityId);
    }

    private void check(ErrandForm form) {
        try {
            form.setPhone(PhoneNumbers.normalise(form.getPhone()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("phone", "directory.error.phone", form.getPhone());
        }
        if (form.getCommunityId() != null) {
            try {
                divisions.community(form.getCommunityId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("communityId", "directory.error.community", form.getCommunityId());
            }
        }
        if (form.getCenterId() != null) {
            try {
                centers.get(form.getCenterId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("centerId", "directory.error.center", form.getCenterId());
            }
        }
    }
}
