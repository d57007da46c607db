package org.lifecircle.atlas.center;

import java.util.List;

import org.lifecircle.atlas.Positions;
import org.lifecircle.atlas.ExistingRecords;
import org.lifecircle.atlas.Scope;
import org.lifecircle.atlas.Tier;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service centers. Planners and administrators create and remove them; a center's operator
 * keeps its own record (areas, floors, merchants) current.
 */
@Service
public class CenterService {

    private final CenterRepository centers;
    private final ExistingRecords references;
    private final AuditLog audit;

    CenterService(CenterRepository centers, ExistingRecords references, AuditLog audit) {
        this.centers = centers;
        this.references = references;
        this.audit = audit;
    }

    public List<ServiceCenter> find(Tier tier, Long subDistrictId) {
        return centers.find(tier, subDistrictId);
    }

    public ServiceCenter get(long id) {
        return centers.findById(id).orElseThrow(() -> new NotFoundException("atlas.center", id));
    }

    /** A center by its exact name (names are unique). */
    public java.util.Optional<ServiceCenter> findByName(String name) {
        return centers.findByName(name);
    }

    @Transactional
    public ServiceCenter create(Actor actor, CenterForm form) {
        Scope.require(actor.canManageDistrict(), "create center");
        check(form, null);
        long id = centers.insert(form, Positions.toWgs84(form.getCrs(), form.getLon(), form.getLat()));
        audit.record(actor, "atlas.center.created", "service_center", id, form.getName());
        return get(id);
    }

    @Transactional
    public ServiceCenter update(Actor actor, long id, CenterForm form) {
        ServiceCenter existing = get(id);
        Scope.require(actor.canManageCenter(id), "center " + id);
        check(form, id);
        centers.update(id, form, Positions.toWgs84(form.getCrs(), form.getLon(), form.getLat()));
        audit.record(actor, "atlas.center.updated", "service_center", id, existing.name());
        return get(id);
    }

    @Transactional
    public void delete(Actor actor, long id) {
        ServiceCenter existing = get(id);
        Scope.require(actor.canManageDistrict(), "delete center " + id);
        if (centers.hasFacilities(id)) {
            throw new InvalidInputException("id", "atlas.center.hasFacilities", existing.name());
        }
        centers.delete(id);
        audit.record(actor, "atlas.center.deleted", "service_center", id, existing.name());
    }

    private void check(CenterForm form, Long id) {
        if (!references.exists(ExistingRecords.Table.SUB_DISTRICT, form.getSubDistrictId())) {
            throw new InvalidInputException("subDistrictId", "atlas.subDistrict.missing", form.getSubDistrictId());
        }
        for (Long community : form.getCommunityIds()) {
            if (!references.exists(ExistingRecords.Table.COMMUNITY, community)) {
                throw new InvalidInputException("communityIds", "atlas.community.missing", community);
            }
        }
        if (centers.nameTaken(form.getName(), id)) {
            throw new InvalidInputException("name", "atlas.center.nameTaken", form.getName());
        }
    }

}
