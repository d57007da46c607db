package org.lifecircle.care.station;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lifecircle.atlas.Positions;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.atlas.importing.OpeningHours;
import org.lifecircle.care.PhoneNumber;
import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care stations: read by every care role, kept by district administrators and the staff of the station's
 * community (the same rule as the community's other records, {@code Actor.canManageCommunity}).
 */
@Service
public class StationService {

    private final StationRepository stations;
    private final DivisionService divisions;
    private final FacilityService facilities;
    private final CatalogueService catalogue;
    private final AuditLog audit;

    StationService(StationRepository stations, DivisionService divisions, FacilityService facilities,
                   CatalogueService catalogue, AuditLog audit) {
        this.stations = stations;
        this.divisions = divisions;
        this.facilities = facilities;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** @param communityId one community's stations, or null for all */
    public List<CareStation> find(Long communityId) {
        Map<Long, String> names = communityNames();
        return stations.find(communityId).stream().map(s -> s.withCommunityName(names.get(s.communityId()))).toList();
    }

    public CareStation get(long id) {
        CareStation station = stations.get(id).orElseThrow(() -> new NotFoundException("care.station", id));
        return station.withCommunityName(divisions.community(station.communityId()).name());
    }

    /** Community names come from atlas' service, never its tables. */
    private Map<Long, String> communityNames() {
        return divisions.communities(null).stream().collect(Collectors.toMap(Community::id, Community::name));
    }

    @Transactional
    public CareStation create(Actor actor, StationForm form) {
        requireManager(actor, form.getCommunityId());
        long id = stations.insert(form, check(form));
        CareStation created = get(id);
        audit.record(actor, "care.station.created", "care_station", id, created.name());
        return created;
    }

    @Transactional
    public CareStation update(Actor actor, long id, StationForm form) {
        CareStation before = get(id);
        requireManager(actor, before.communityId());
        requireManager(actor, form.getCommunityId());
        stations.update(id, form, check(form));
        audit.record(actor, "care.station.updated", "care_station", id, before.name());
        return get(id);
    }

    private static void requireManager(Actor actor, Long communityId) {
        if (communityId != null && !actor.canManageCommunity(communityId)) {
            throw new AccessDeniedException("care stations of community " + communityId + " are not in this account's scope");
        }
    }

    /** Every rule the form annotations cannot express, all reported at once; returns the WGS-84 position. */
    private double[] check(StationForm form) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        try {
            divisions.community(form.getCommunityId());
        } catch (NotFoundException e) {
            problems.add(new InvalidInputException.FieldProblem("communityId", "care.station.community.unknown", form.getCommunityId()));
        }
        if (form.getOpeningHours() != null && !form.getOpeningHours().isBlank()) {
            try {
                OpeningHours.parse(form.getOpeningHours());
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInputException.FieldProblem("openingHours", "care.openingHours.invalid", e.getMessage()));
            }
        }
        for (String code : form.getServices()) {
            if (!catalogue.exists(code)) {
                problems.add(new InvalidInputException.FieldProblem("services", "care.station.service.unknown", code));
            }
        }
        if (form.getHealthCenterPhone() != null && !form.getHealthCenterPhone().isBlank()) {
            try {
                form.setHealthCenterPhone(PhoneNumber.parse(form.getHealthCenterPhone(), "healthCenterPhone"));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (form.getHealthCenterFacilityId() != null) {
            try {
                facilities.get(form.getHealthCenterFacilityId());
            } catch (NotFoundException e) {
                problems.add(new InvalidInputException.FieldProblem("healthCenterFacilityId", "care.station.facility.unknown",
                        form.getHealthCenterFacilityId()));
            }
        }
        double[] wgs84 = null;
        try {
            wgs84 = Positions.toWgs84(form.getCrs() == null ? "WGS84" : form.getCrs(), form.getLon(), form.getLat());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidInputException.FieldProblem("crs", "care.station.crs.unknown", form.getCrs()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return wgs84;
    }
}
