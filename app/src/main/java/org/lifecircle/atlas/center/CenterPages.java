package org.lifecircle.atlas.center;

import jakarta.validation.Valid;

import org.lifecircle.atlas.FormErrors;
import org.lifecircle.atlas.Tier;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.facility.FacilityQuery;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.Paged;
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

@Controller
class CenterPages {

    private final CenterService centers;
    private final DivisionService divisions;
    private final FacilityService facilities;

    CenterPages(CenterService centers, DivisionService divisions, FacilityService facilities) {
        this.centers = centers;
        this.divisions = divisions;
        this.facilities = facilities;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/atlas/centers")
    String list(@RequestParam(required = false) Tier tier, Model model) {
        model.addAttribute("centers", centers.find(tier, null));
        model.addAttribute("tier", tier);
        model.addAttribute("tiers", Tier.values());
        return "atlas/centers";
    }

    @GetMapping("/atlas/centers/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("center", centers.get(id));
        model.addAttribute("facilities", facilities.find(
                new FacilityQuery(null, null, null, id, null, null, null), new Paged.Request(0, Paged.MAX_SIZE)));
        return "atlas/center";
    }

    @GetMapping("/atlas/centers/new")
    String createForm(Model model) {
        CenterForm form = new CenterForm();
        form.setTier(Tier.CENTER_15);
        return form(form, null, model);
    }

    @GetMapping("/atlas/centers/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(CenterForm.of(centers.get(id)), id, model);
    }

    @PostMapping("/atlas/centers/new")
    String create(Actor actor, @Valid @ModelAttribute("form") CenterForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return save(actor, null, form, result, model, redirect);
    }

    @PostMapping("/atlas/centers/{id}/edit")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") CenterForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return save(actor, id, form, result, model, redirect);
    }

    private String save(Actor actor, Long id, CenterForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            ServiceCenter saved = id == null ? centers.create(actor, form) : centers.update(actor, id, form);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/atlas/centers/" + saved.id();
        }, () -> form(form, id, model));
    }

    private String form(CenterForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("subDistricts", divisions.subDistricts());
        model.addAttribute("communities", divisions.communities(form.getSubDistrictId()));
        return "atlas/center-form";
    }
}
