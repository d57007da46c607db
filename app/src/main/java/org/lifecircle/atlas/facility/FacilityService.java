package org.lifecircle.atlas.facility;

import java.util.ArrayList;
import java.util.List;

import org.lifecircle.atlas.Positions;
import org.lifecircle.atlas.ExistingRecords;
import org.lifecircle.atlas.importing.OpeningHours;
import org.lifecircle.atlas.importing.PhoneNumbers;
import org.lifecircle.atlas.Scope;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.lifecircle.shared.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Facilities and merchants; see {@link Actor#canManageFacility} for who may change which. */
@Service
public class FacilityService {

    private final FacilityRepository facilities;
    private final ExistingRecords references;
    private final AuditLog audit;

    FacilityService(FacilityRepository facilities, ExistingRecords references, AuditLog audit) {
        this.facilities = facilities;
        this.references = references;
        this.audit = audit;
    }

    public Paged<Facility> find(FacilityQuery query, Paged.Request page) {
        return facilities.find(query, page);
    }

    /** Every facility, for district-wide analyses (planning). */
    public java.util.List<Facility> all() {
        return facilities.findAll();
    }

    /**
     * A cheap stamp that changes whenever a facility is added, edited or removed (count, highest id, latest update):
     * for callers that keep something built from {@link #all()} and want to know, without reading every row,
     * whether to build it again.
     */
    public String changeStamp() {
        return facilities.changeStamp();
    }

    public Facility get(long id) {
        return facilities.findById(id).orElseThrow(() -> new NotFoundException("atlas.facility", id));
    }

    @Transactional
    public Facility create(Actor actor, FacilityForm form) {
        Scope.require(actor.canManageFacility(form.getCommunityId(), form.getCenterId()), "create facility");
        check(form);
        long id = facilities.insert(form, Positions.toWgs84(form.getCrs(), form.getLon(), form.getLat()));
        audit.record(actor, "atlas.facility.created", "facility", id, form.getName());
        return get(id);
    }

    @Transactional
    public Facility update(Actor actor, long id, FacilityForm form) {
        Facility existing = get(id);
        Scope.require(actor.canManageFacility(existing.communityId(), existing.centerId())
                && actor.canManageFacility(form.getCommunityId(), form.getCenterId()), "facility " + id);
        check(form);
        facilities.update(id, form, Positions.toWgs84(form.getCrs(), form.getLon(), form.getLat()));
        audit.record(actor, "atlas.facility.updated", "facility", id, existing.name() + " → " + form.getName());
        return get(id);
    }

    /**
     * Confirms that an entry is still true as recorded (the shop is there, phone and hours hold): sets its
     * verification date to now without changing anything else, so directories can flag entries nobody has checked.
     */
    @Transactional
    public Facility markVerified(Actor actor, long id) {
        Facility existing = get(id);
        Scope.require(actor.canManageFacility(existing.communityId(), existing.centerId()), "facility " + id);
        facilities.markVerified(id);
        audit.record(actor, "atlas.facility.verified", "facility", id, existing.name());
        return get(id);
    }

    @Transactional
    public void delete(Actor actor, long id) {
        Facility existing = get(id);
        Scope.require(actor.canManageFacility(existing.communityId(), existing.centerId()), "facility " + id);
        facilities.delete(id);
        audit.record(actor, "atlas.facility.deleted", "facility", id, existing.name());
    }

    private void check(FacilityForm form) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        try {
            form.setPhone(PhoneNumbers.normalise(form.getPhone()));
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidInputException.FieldProblem("phone", "atlas.phone.invalid", form.getPhone()));
        }
        if (form.getOpeningHours() != null && !form.getOpeningHours().isBlank()) {
            try {
                OpeningHours.parse(form.getOpeningHours());
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInputException.FieldProblem("openingHours", "atlas.openingHours.invalid",
                        form.getOpeningHours()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!references.exists(ExistingRecords.Table.CATEGORY, form.getCategoryId())) {
            throw new InvalidInputException("categoryId", "atlas.category.missing", form.getCategoryId());
        }
        if (form.getCommunityId() != null && !references.exists(ExistingRecords.Table.COMMUNITY, form.getCommunityId())) {
            throw new InvalidInputException("communityId", "atlas.community.missing", form.getCommunityId());
        }
        if (form.getCenterId() != null && !references.exists(ExistingRecords.Table.SERVICE_CENTER, form.getCenterId())) {
            throw new InvalidInputException("centerId", "atlas.center.missing", form.getCenterId());
        }
    }

}
