package org.lifecircle.care.station;

import jakarta.validation.Valid;

import org.lifecircle.atlas.FormErrors;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.care.NameQuery;
import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class StationPages {

    private final StationService stations;
    private final DivisionService divisions;
    private final CatalogueService catalogue;

    StationPages(StationService stations, DivisionService divisions, CatalogueService catalogue) {
        this.stations = stations;
        this.divisions = divisions;
        this.catalogue = catalogue;
    }

    @GetMapping("/care/stations")
    String list(@RequestParam(required = false) Long communityId, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("stations", stations.find(communityId).stream()
                .filter(s -> NameQuery.matches(s.name(), q) || NameQuery.matches(s.communityName(), q)).toList());
        model.addAttribute("q", q);
        model.addAttribute("catalogue", catalogue.all());
        return "care/stations";
    }

    @GetMapping("/care/stations/new")
    String createForm(Actor actor, Model model) {
        StationForm form = new StationForm();
        form.setCommunityId(actor.communityId());
        form.setOpeningHours("Mo-Fr 08:00-18:00");
        return form(actor, form, null, model);
    }

    @GetMapping("/care/stations/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        return form(actor, StationForm.of(stations.get(id)), id, model);
    }

    @PostMapping("/care/stations/new")
    String create(Actor actor, @Valid @ModelAttribute("form") StationForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return save(actor, null, form, result, model, redirect);
    }

    @PostMapping("/care/stations/{id}/edit")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") StationForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return save(actor, id, form, result, model, redirect);
    }

    private String save(Actor actor, Long id, StationForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            CareStation saved = id == null ? stations.create(actor, form) : stations.update(actor, id, form);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/care/stations";
        }, () -> form(actor, form, id, model));
    }

    private String form(Actor actor, StationForm form, Long id, Model model) {
        var communities = divisions.communitiesManagedBy(actor);
        if (communities.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("this account keeps no community's stations");
        }
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("communities", communities);
        model.addAttribute("catalogue", catalogue.all());
        return "care/station-form";
    }
}
