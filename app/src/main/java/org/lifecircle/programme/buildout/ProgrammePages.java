package org.lifecircle.programme.buildout;

import java.util.List;

import jakarta.validation.Valid;

import org.lifecircle.atlas.FormErrors;
import org.lifecircle.atlas.Scope;
import org.lifecircle.atlas.Tier;
import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme page (totals, table, timeline), a center's page with its history, and the forms. */
@Controller
class ProgrammePages {

    private final ProgrammeService programme;
    private final DivisionService divisions;
    private final CenterService registry;

    ProgrammePages(ProgrammeService programme, DivisionService divisions, CenterService registry) {
        this.programme = programme;
        this.divisions = divisions;
        this.registry = registry;
    }

    @InitBinder({"form", "change"})
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/programme")
    String overview(Actor actor, @RequestParam(required = false) Integer phase,
                    @RequestParam(required = false) BuildStatus status,
                    @RequestParam(required = false) Long subDistrictId, Model model) {
        List<PlannedCenter> all = programme.find(actor, ProgrammeFilter.ALL);
        ProgrammeFilter filter = new ProgrammeFilter(phase, status, subDistrictId);
        List<PlannedCenter> shown = programme.find(actor, filter);
        model.addAttribute("summary", ProgrammeSummary.of(all));
        model.addAttribute("centers", shown);
        model.addAttribute("timeline", Timeline.of(shown, programme.asOf(actor)));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", BuildStatus.values());
        model.addAttribute("subDistricts", divisions.subDistricts());
        return "programme/index";
    }

    @GetMapping("/programme/centers/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        PlannedCenter center = programme.get(actor, id);
        BuildStatus next = center.status() == BuildStatus.OPEN ? BuildStatus.OPEN
                : BuildStatus.values()[center.status().ordinal() + 1];
        return show(actor, center, new StatusChangeForm(next, null, null), model);
    }

    @PostMapping("/programme/centers/{id}/status")
    String changeStatus(Actor actor, @PathVariable long id, @Valid @ModelAttribute("change") StatusChangeForm change,
                        BindingResult result, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            PlannedCenter changed = programme.changeStatus(actor, id, change);
            redirect.addFlashAttribute("saved", changed.name());
            return "redirect:/programme/centers/" + id;
        }, () -> show(actor, programme.get(actor, id), change, model));
    }

    @PostMapping("/programme/centers/{id}/registry-center")
    String createRegistryCenter(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            PlannedCenter linked = programme.createRegistryCenter(actor, id);
            redirect.addFlashAttribute("saved", linked.name());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0));
        }
        return "redirect:/programme/centers/" + id;
    }

    @GetMapping("/programme/centers/new")
    String createForm(Actor actor, Model model) {
        Scope.require(actor.canManageDistrict(), "create planned center");
        PlannedCenterForm form = new PlannedCenterForm();
        form.setPhase(1);
        return form(form, null, model);
    }

    @GetMapping("/programme/centers/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        Scope.require(actor.canManageDistrict(), "planned center " + id);
        return form(PlannedCenterForm.of(programme.get(actor, id)), id, model);
    }

    @PostMapping("/programme/centers/new")
    String create(Actor actor, @Valid @ModelAttribute("form") PlannedCenterForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return save(actor, null, form, result, model, redirect);
    }

    @PostMapping("/programme/centers/{id}/edit")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") PlannedCenterForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return save(actor, id, form, result, model, redirect);
    }

    private String save(Actor actor, Long id, PlannedCenterForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            PlannedCenter saved = id == null ? programme.create(actor, form) : programme.update(actor, id, form);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/programme/centers/" + saved.id();
        }, () -> form(form, id, model));
    }

    private String show(Actor actor, PlannedCenter center, StatusChangeForm change, Model model) {
        model.addAttribute("center", center);
        model.addAttribute("timeline", Timeline.of(List.of(center), programme.asOf(actor)));
        model.addAttribute("registryCenter", center.centerId() == null ? null : registry.get(center.centerId()));
        model.addAttribute("change", change);
        model.addAttribute("statuses", BuildStatus.values());
        return "programme/center";
    }

    private String form(PlannedCenterForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("statuses", BuildStatus.values());
        model.addAttribute("subDistricts", divisions.subDistricts());
        model.addAttribute("registryCenters", registry.find(Tier.CENTER_15, null));
        return "programme/center-form";
    }
}
