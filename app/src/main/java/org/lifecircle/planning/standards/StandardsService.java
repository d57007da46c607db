package org.lifecircle.planning.standards;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifecircle.atlas.Scope;
import org.lifecircle.atlas.ServiceClass;
import org.lifecircle.atlas.category.Category;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.planning.access.ServiceCatalogue;
import org.lifecircle.planning.standards.RequirementVersion.Change;
import org.lifecircle.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standards table, the standard center's composition and its basic functions. Planners and
 * district administrators edit them; each change is checked whole before anything is written, kept
 * as a new version of the row (requirements) and written to the audit log, in one transaction.
 */
@Service
public class StandardsService {

    private final RequirementRepository requirements;
    private final CenterStandardRepository centerStandard;
    private final ServiceCatalogue catalogue;
    private final AuditLog audit;

    StandardsService(RequirementRepository requirements, CenterStandardRepository centerStandard,
                     ServiceCatalogue catalogue, AuditLog audit) {
        this.requirements = requirements;
        this.centerStandard = centerStandard;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** @param tier null for every tier */
    public List<Requirement> requirements(StandardTier tier, boolean includeInactive) {
        return requirements.find(tier, includeInactive);
    }

    public Requirement requirement(long id) {
        return requirements.findById(id).orElseThrow(() -> new NotFoundException("planning.standards.requirement", id));
    }

    public List<RequirementVersion> versions(long id) {
        requirement(id);
        return requirements.versions(id);
    }

    public List<CenterFunction> functions(boolean includeInactive) {
        return centerStandard.functions(includeInactive);
    }

    public CenterFunction function(long id) {
        return centerStandard.function(id).orElseThrow(() -> new NotFoundException("planning.standards.function", id));
    }

    public List<CompositionShare> composition() {
        return centerStandard.composition();
    }

    public CompositionShare composition(ServiceClass serviceClass) {
        return composition().stream().filter(s -> s.serviceClass() == serviceClass).findFirst()
                .orElseThrow(() -> new NotFoundException("planning.standards.composition", serviceClass));
    }

    @Transactional
    public Requirement create(Actor actor, RequirementForm form) {
        requireEditor(actor);
        form.check(knownCodes());
        long id = requirements.insert(form, actor);
        requirements.snapshot(id, Change.CREATED);
        audit.record(actor, "planning.standards.requirement.created", "standard_requirement", id, summary(form));
        return requirement(id);
    }

    @Transactional
    public Requirement update(Actor actor, long id, RequirementForm form) {
        requireEditor(actor);
        Requirement before = requirement(id);
        form.check(knownCodes());
        requirements.update(id, form, actor);
        Change change = before.active() == form.isActive() ? Change.UPDATED
                : form.isActive() ? Change.REACTIVATED : Change.DEACTIVATED;
        recordChange(actor, id, before, form, change);
        return requirement(id);
    }

    /**
     * Takes a row out of the evaluation; it stays in the table, with its history, and can be
     * reactivated. The row is stored as it was, only switched off, so it is not checked again (a
     * kind retired from the catalogue since must not keep its row active).
     */
    @Transactional
    public Requirement deactivate(Actor actor, long id) {
        requireEditor(actor);
        Requirement before = requirement(id);
        if (!before.active()) {
            return before;
        }
        RequirementForm form = RequirementForm.of(before);
        form.setActive(false);
        requirements.update(id, form, actor);
        recordChange(actor, id, before, form, Change.DEACTIVATED);
        return requirement(id);
    }

    @Transactional
    public CenterFunction updateFunction(Actor actor, long id, CenterFunctionForm form) {
        requireEditor(actor);
        CenterFunction before = function(id);
        form.check(knownCodes());
        centerStandard.updateFunction(id, form, actor);
        audit.record(actor, "planning.standards.function.updated", "standard_function", id,
                before.nameZh() + " → " + form.getNameZh() + ": " + ServiceCodes.join(form.codeList()));
        return function(id);
    }

    @Transactional
    public CompositionShare updateComposition(Actor actor, ServiceClass serviceClass, CompositionForm form) {
        requireEditor(actor);
        CompositionShare before = composition(serviceClass);
        form.check();
        centerStandard.updateComposition(serviceClass, form, actor);
        audit.record(actor, "planning.standards.composition.updated", "standard_composition", serviceClass,
                serviceClass + ": " + before.areaM2() + " → " + form.getAreaM2() + " m²");
        return composition(serviceClass);
    }

    private void recordChange(Actor actor, long id, Requirement before, RequirementForm after, Change change) {
        requirements.snapshot(id, change);
        audit.record(actor, "planning.standards.requirement." + change.name().toLowerCase(), "standard_requirement", id,
                summary(after) + " (v" + (before.version() + 1) + ")");
    }

    private Set<String> knownCodes() {
        return catalogue.all().stream().map(Category::code).collect(Collectors.toSet());
    }

    private static void requireEditor(Actor actor) {
        Scope.require(actor.canManageDistrict(), "edit the planning standards");
    }

    private static String summary(RequirementForm form) {
        return form.getTier() + " " + form.getNameZh() + " [" + ServiceCodes.join(form.codeList()) + "] "
                + form.effectiveMinutes() + " min";
    }
}
