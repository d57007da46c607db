package org.lifecircle.directory.proposals;

import java.util.ArrayList;
import java.util.List;

import org.lifecircle.atlas.Scope;
import org.lifecircle.atlas.category.CategoryService;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.facility.Facility;
import org.lifecircle.atlas.facility.FacilityForm;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.atlas.importing.OpeningHours;
import org.lifecircle.atlas.importing.PhoneNumbers;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;
import org.lifecircle.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change proposals: anyone proposes, staff of the deciding community (or a district administrator) approve or
 * reject. Approval applies the change to the atlas facility through {@link FacilityService} in the same
 * transaction (so the facility's own rules and scope hold, and a change they refuse leaves the proposal pending) and
 * counts as verifying the entry.
 */
@Service
public class ProposalService {

    private static final int LIST_LIMIT = 200;

    private final ProposalRepository proposals;
    private final FacilityService facilities;
    private final DivisionService divisions;
    private final CategoryService categories;
    private final ProposalRateLimit rateLimit;
    private final AuditLog audit;

    ProposalService(ProposalRepository proposals, FacilityService facilities, DivisionService divisions,
                    CategoryService categories, ProposalRateLimit rateLimit, AuditLog audit) {
        this.proposals = proposals;
        this.facilities = facilities;
        this.divisions = divisions;
        this.categories = categories;
        this.rateLimit = rateLimit;
        this.audit = audit;
    }

    /** @param client the caller's address, for the flood guard (staff are not limited) */
    @Transactional
    public Proposal propose(Actor actor, ProposalForm form, String client) {
        // counted before the checks: a flood of invalid requests is a flood too
        if (!actor.isStaff() && !rateLimit.tryAcquire(client)) {
            throw new TooManyProposalsException(client);
        }
        Long facilityCommunity = check(form);
        long community = facilityCommunity != null ? facilityCommunity : form.getCommunityId();
        long id = proposals.insert(form, community, actor.isStaff() ? actor.username() : null);
        audit.record(actor, "directory.proposal.received", "directory_proposal", id,
                form.getKind() + " " + (form.getName() != null ? form.getName() : "facility " + form.getFacilityId()));
        return get(id);
    }

    /** A proposal for whoever may decide it; it carries the proposer's phone, so nobody else sees it. */
    public Proposal get(Actor actor, long id) {
        Proposal p = get(id);
        Scope.require(actor.canManageCommunity(p.communityId()), "proposal " + id);
        return p;
    }

    private Proposal get(long id) {
        return proposals.find(id).orElseThrow(() -> new NotFoundException("directory.proposal", id));
    }

    /** The proposals the actor may decide (administrators: all), oldest pending first, at most 200. */
    public List<Proposal> decidable(Actor actor, ProposalStatus status) {
        if (!actor.isStaff()) {
            return List.of();
        }
        List<Long> communities = actor.isAdmin() ? null
                : divisions.communitiesManagedBy(actor).stream().map(Community::id).toList();
        return proposals.find(communities, status, LIST_LIMIT).stream().filter(p -> mayDecide(actor, p)).toList();
    }

    /**
     * Staff of the deciding community, and for an existing entry also whoever may change that facility in the
     * registry: an entry recorded in no community is the district's, so its administrators decide.
     */
    private boolean mayDecide(Actor actor, Proposal p) {
        if (!actor.canManageCommunity(p.communityId())) {
            return false;
        }
        if (p.facilityId() == null || actor.isAdmin()) {
            return true;
        }
        try {
            Facility f = facilities.get(p.facilityId());
            return actor.canManageFacility(f.communityId(), f.centerId());
        } catch (NotFoundException e) {
            return true; // gone: deciding it only rejects or reports it gone
        }
    }

    @Transactional
    public Proposal approve(Actor actor, long id) {
        Proposal p = pending(actor, id);
        switch (p.kind()) {
            case NEW -> facilities.create(actor, newFacility(p));
            case CHANGED -> facilities.update(actor, p.facilityId(), changed(facility(p), p));
            case CLOSED -> facilities.delete(actor, facility(p).id());
        }
        proposals.decide(id, ProposalStatus.APPROVED, actor.username(), null);
        audit.record(actor, "directory.proposal.approved", "directory_proposal", id, summary(p));
        return get(id);
    }

    @Transactional
    public Proposal reject(Actor actor, long id, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new InvalidInputException("reason", "directory.error.reason");
        }
        Proposal p = pending(actor, id);
        proposals.decide(id, ProposalStatus.REJECTED, actor.username(), text);
        audit.record(actor, "directory.proposal.rejected", "directory_proposal", id, summary(p) + ": " + text);
        return get(id);
    }

    /** The proposal, locked, if the actor may decide it and nobody has yet. */
    private Proposal pending(Actor actor, long id) {
        Proposal p = proposals.lock(id).orElseThrow(() -> new NotFoundException("directory.proposal", id));
        Scope.require(mayDecide(actor, p), "proposal " + id);
        if (p.status() != ProposalStatus.PENDING) {
            throw new InvalidInputException("status", "directory.error.decided", p.status());
        }
        return p;
    }

    private Facility facility(Proposal p) {
        try {
            return facilities.get(p.facilityId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("facilityId", "directory.error.facilityGone", p.facilityId());
        }
    }

    private FacilityForm newFacility(Proposal p) {
        FacilityForm form = new FacilityForm();
        form.setName(p.name());
        form.setCategoryId(p.categoryId());
        form.setAddress(p.address());
        form.setBusinessScope(p.businessScope());
        form.setPhone(p.phone());
        form.setOpeningHours(p.openingHours());
        form.setCommunityId(p.communityId());
        if (p.lon() != null && p.lat() != null) {
            form.setLon(p.lon());
            form.setLat(p.lat());
        } else {
            // no position given: at the community's committee, marked estimated for staff to correct on the map
            Community c = divisions.community(p.communityId());
            if (c.lon() == null || c.lat() == null) {
                throw new InvalidInputException("lon", "directory.error.position");
            }
            form.setLon(c.lon());
            form.setLat(c.lat());
            form.setEstimated(true);
        }
        form.setCrs("WGS84");
        return form;
    }

    private static FacilityForm changed(Facility f, Proposal p) {
        FacilityForm form = FacilityForm.of(f);
        if (p.name() != null) form.setName(p.name());
        if (p.categoryId() != null) form.setCategoryId(p.categoryId());
        if (p.address() != null) form.setAddress(p.address());
        if (p.businessScope() != null) form.setBusinessScope(p.businessScope());
        if (p.phone() != null) form.setPhone(p.phone());
        if (p.openingHours() != null) form.setOpeningHours(p.openingHours());
        if (p.lon() != null && p.lat() != null) {
            form.setLon(p.lon());
            form.setLat(p.lat());
            form.setCrs("WGS84");
        }
        return form;
    }

    private static String summary(Proposal p) {
        return p.kind() + " " + (p.name() != null ? p.name() : "facility " + p.facilityId());
    }

    /**
     * The rules the form's annotations cannot say, every problem named by its field. Returns the community of the
     * entry a CLOSED or CHANGED proposal is about (null if it has none).
     */
    private Long check(ProposalForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            divisions.community(form.getCommunityId());
        } catch (NotFoundException e) {
            problems.add(new FieldProblem("communityId", "directory.error.community", form.getCommunityId()));
        }
        Facility existing = null;
        if (form.getKind() == ProposalKind.NEW) {
            require(form.getName(), "name", problems);
            require(form.getAddress(), "address", problems);
            if (form.getCategoryId() == null) {
                problems.add(new FieldProblem("categoryId", "directory.error.required"));
            }
        } else if (form.getFacilityId() == null) {
            problems.add(new FieldProblem("facilityId", "directory.error.required"));
        } else {
            try {
                existing = facilities.get(form.getFacilityId());
            } catch (NotFoundException e) {
                problems.add(new FieldProblem("facilityId", "directory.error.facility", form.getFacilityId()));
            }
        }
        if (form.getKind() == ProposalKind.CHANGED && !form.changesSomething()) {
            problems.add(new FieldProblem("name", "directory.error.nothingChanged"));
        }
        if (form.getCategoryId() != null && categories.catalogue().stream()
                .noneMatch(c -> c.id() == form.getCategoryId() && !c.isGroup())) {
            problems.add(new FieldProblem("categoryId", "directory.error.category", form.getCategoryId()));
        }
        if ((form.getLon() == null) != (form.getLat() == null)) {
            problems.add(new FieldProblem(form.getLon() == null ? "lon" : "lat", "directory.error.bothCoordinates"));
        }
        phone(form.getPhone(), "phone", problems, form::setPhone);
        phone(form.getProposerPhone(), "proposerPhone", problems, form::setProposerPhone);
        if (form.getOpeningHours() != null) {
            try {
                OpeningHours.parse(form.getOpeningHours());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("openingHours", "directory.error.openingHours", form.getOpeningHours()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return existing == null ? null : existing.communityId();
    }

    private static void require(String value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "directory.error.required"));
        }
    }

    private static void phone(String value, String field, List<FieldProblem> problems,
                              java.util.function.Consumer<String> normalised) {
        if (value == null) {
            return;
        }
        try {
            normalised.accept(PhoneNumbers.normalise(value));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "directory.error.phone", value));
        }
    }
}
