package org.lifecircle.atlas.compound;

import org.lifecircle.atlas.Positions;
import org.lifecircle.atlas.ExistingRecords;
import org.lifecircle.atlas.Scope;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.lifecircle.shared.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes compounds; community staff only within their own community. */
@Service
public class CompoundService {

    private final CompoundRepository compounds;
    private final ExistingRecords references;
    private final AuditLog audit;

    CompoundService(CompoundRepository compounds, ExistingRecords references, AuditLog audit) {
        this.compounds = compounds;
        this.references = references;
        this.audit = audit;
    }

    public Paged<Compound> find(Long communityId, String q, Paged.Request page) {
        return compounds.find(communityId, q, page);
    }

    /** Every compound, for district-wide analyses (planning). */
    public java.util.List<Compound> all() {
        return compounds.findAll();
    }

    /**
     * Changes whenever a compound is added, removed or updated (count, highest id, latest update): lets a cache of
     * compounds know it is stale with one small query instead of reading them all.
     */
    public String changeStamp() {
        return compounds.changeStamp();
    }

    public Compound get(long id) {
        return compounds.findById(id).orElseThrow(() -> new NotFoundException("atlas.compound", id));
    }

    @Transactional
    public Compound create(Actor actor, CompoundForm form) {
        Scope.require(actor.canManageCommunity(form.getCommunityId()), "compound in community " + form.getCommunityId());
        check(form, null);
        long id = compounds.insert(form, Positions.toWgs84(form.getCrs(), form.getLon(), form.getLat()));
        audit.record(actor, "atlas.compound.created", "compound", id, form.getName());
        return get(id);
    }

    @Transactional
    public Compound update(Actor actor, long id, CompoundForm form) {
        Compound existing = get(id);
        // moving a compound to another community needs the right to manage both
        Scope.require(actor.canManageCommunity(existing.communityId()) && actor.canManageCommunity(form.getCommunityId()),
                "compound " + id);
        check(form, id);
        compounds.update(id, form, Positions.toWgs84(form.getCrs(), form.getLon(), form.getLat()));
        audit.record(actor, "atlas.compound.updated", "compound", id, existing.name() + " → " + form.getName());
        return get(id);
    }

    @Transactional
    public void delete(Actor actor, long id) {
        Compound existing = get(id);
        Scope.require(actor.canManageCommunity(existing.communityId()), "compound " + id);
        compounds.delete(id);
        audit.record(actor, "atlas.compound.deleted", "compound", id, existing.name());
    }

    private void check(CompoundForm form, Long id) {
        if (!references.exists(ExistingRecords.Table.COMMUNITY, form.getCommunityId())) {
            throw new InvalidInputException("communityId", "atlas.community.missing", form.getCommunityId());
        }
        if (compounds.nameTaken(form.getCommunityId(), form.getName(), id)) {
            throw new InvalidInputException("name", "atlas.compound.nameTaken", form.getName());
        }
    }
}
