package org.lifecircle.programme.buildout;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lifecircle.atlas.ExistingRecords;
import org.lifecircle.atlas.Positions;
import org.lifecircle.atlas.Scope;
import org.lifecircle.atlas.Tier;
import org.lifecircle.atlas.center.CenterForm;
import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.center.ServiceCenter;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.division.SubDistrict;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;
import org.lifecircle.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The build-out programme. Every staff member reads it; planners and district administrators
 * enter centers, report their progress and link them to the registry once they exist. Every
 * change is in the audit log; every status change also in the center's own history.
 */
@Service
public class ProgrammeService {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PlannedCenterRepository centers;
    private final DivisionService divisions;
    private final CenterService registry;
    private final ExistingRecords references;
    private final AuditLog audit;

    ProgrammeService(PlannedCenterRepository centers, DivisionService divisions, CenterService registry,
                     ExistingRecords references, AuditLog audit) {
        this.centers = centers;
        this.divisions = divisions;
        this.registry = registry;
        this.references = references;
        this.audit = audit;
    }

    public List<PlannedCenter> find(Actor actor, ProgrammeFilter filter) {
        requireStaff(actor);
        Map<Long, String> names = subDistrictNames();
        return centers.find(filter).stream().map(c -> c.withSubDistrictName(names.get(c.subDistrictId()))).toList();
    }

    public PlannedCenter get(Actor actor, long id) {
        requireStaff(actor);
        PlannedCenter center = centers.findById(id).orElseThrow(() -> new NotFoundException("programme.center", id));
        return center.withSubDistrictName(subDistrictNames().get(center.subDistrictId()));
    }

    /** The date the programme was last reported on: where the timeline's bars end. */
    public LocalDate asOf(Actor actor) {
        return Timeline.asOf(find(actor, ProgrammeFilter.ALL), today());
    }

    /**
     * Enters a center at the stage it has reached, e.g. one already under construction: its
     * history starts with one entry per stage reached, each on the day that stage began.
     */
    @Transactional
    public PlannedCenter create(Actor actor, PlannedCenterForm form) {
        Scope.require(actor.canManageDistrict(), "create planned center");
        double[] wgs84 = check(form, null);
        long id = centers.insert(form, wgs84);
        KeyDates dates = form.dates();
        for (BuildStatus stage : BuildStatus.values()) {
            if (stage.reached(form.getStatus())) {
                centers.addHistory(id, stage, dates.of(stage), actor, null);
            }
        }
        audit.record(actor, "programme.center.created", "planned_center", id,
                form.getName() + " (" + form.getStatus() + ")");
        return get(actor, id);
    }

    /** Corrects a center's plan and dates; its status changes only through {@link #changeStatus}. */
    @Transactional
    public PlannedCenter update(Actor actor, long id, PlannedCenterForm form) {
        PlannedCenter existing = get(actor, id);
        Scope.require(actor.canManageDistrict(), "planned center " + id);
        if (form.getStatus() != existing.status()) {
            throw new InvalidInputException("status", "programme.status.useStatusChange");
        }
        centers.update(id, form, check(form, id));
        audit.record(actor, "programme.center.updated", "planned_center", id, existing.name());
        return get(actor, id);
    }

    @Transactional
    public PlannedCenter changeStatus(Actor actor, long id, StatusChangeForm change) {
        PlannedCenter existing = get(actor, id);
        Scope.require(actor.canManageDistrict(), "planned center " + id);
        List<StatusChange> history = existing.history();
        LocalDate lastChangeOn = history.isEmpty() ? null : history.get(history.size() - 1).effectiveOn();
        KeyDates dates = existing.dates().afterChange(existing.status(), change.getStatus(), change.getDate(),
                lastChangeOn, today());
        centers.changeStatus(id, change.getStatus(), dates, actor, change.getDate(), blankToNull(change.getNote()));
        audit.record(actor, "programme.center.statusChanged", "planned_center", id,
                existing.name() + ": " + existing.status() + " → " + change.getStatus() + " " + change.getDate());
        return get(actor, id);
    }

    /**
     * Enters the center in the atlas registry (a 15-minute center at the planned position, with
     * the planned floor area) and links it, for a center that has opened and is not there yet.
     */
    @Transactional
    public PlannedCenter createRegistryCenter(Actor actor, long id) {
        PlannedCenter planned = get(actor, id);
        Scope.require(actor.canManageDistrict(), "planned center " + id);
        if (planned.centerId() != null) {
            throw new InvalidInputException("centerId", "programme.registry.alreadyLinked");
        }
        if (!planned.hasPosition()) {
            throw new InvalidInputException("lon", "programme.registry.positionNeeded");
        }
        CenterForm form = new CenterForm();
        form.setSubDistrictId(planned.subDistrictId());
        form.setName(planned.name());
        form.setTier(Tier.CENTER_15);
        form.setAddress(planned.address());
        form.setTotalAreaM2(planned.floorAreaM2());
        form.setLon(planned.sourceLon());
        form.setLat(planned.sourceLat());
        form.setCrs(planned.sourceCrs());
        form.setEstimated(planned.estimated());
        ServiceCenter created = registry.create(actor, form);
        centers.linkCenter(id, created.id());
        audit.record(actor, "programme.center.linked", "planned_center", id, planned.name() + " → " + created.id());
        return get(actor, id);
    }

    /** @return the planned position in WGS-84, null when none is given */
    private double[] check(PlannedCenterForm form, Long id) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!subDistrictNames().containsKey(form.getSubDistrictId())) {
            problems.add(new FieldProblem("subDistrictId", "programme.subDistrict.missing", form.getSubDistrictId()));
        }
        if (centers.nameTaken(form.getName(), id)) {
            problems.add(new FieldProblem("name", "programme.center.nameTaken", form.getName()));
        }
        if (form.getCenterId() != null) {
            if (!references.exists(ExistingRecords.Table.SERVICE_CENTER, form.getCenterId())) {
                problems.add(new FieldProblem("centerId", "programme.registry.missing", form.getCenterId()));
            } else if (centers.centerLinked(form.getCenterId(), id)) {
                problems.add(new FieldProblem("centerId", "programme.registry.linkedElsewhere", form.getCenterId()));
            }
        }
        if (form.hasPosition() && (form.getLon() == null || form.getLat() == null)) {
            problems.add(new FieldProblem(form.getLon() == null ? "lon" : "lat", "programme.position.incomplete"));
        }
        problems.addAll(form.dates().problems(form.getStatus(), today()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return form.hasPosition() ? Positions.toWgs84(form.getCrs(), form.getLon(), form.getLat()) : null;
    }

    private Map<Long, String> subDistrictNames() {
        return divisions.subDistricts().stream().collect(Collectors.toMap(SubDistrict::id, SubDistrict::name));
    }

    private static void requireStaff(Actor actor) {
        Scope.require(actor.isStaff(), "read the programme");
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
