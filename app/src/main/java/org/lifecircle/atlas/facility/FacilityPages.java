package org.lifecircle.atlas.facility;

import jakarta.validation.Valid;

import org.lifecircle.atlas.FormErrors;
import org.lifecircle.atlas.category.CategoryService;
import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.division.DivisionService;
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
class FacilityPages {

    private final FacilityService facilities;
    private final CategoryService categories;
    private final DivisionService divisions;
    private final CenterService centers;

    FacilityPages(FacilityService facilities, CategoryService categories, DivisionService divisions,
                  CenterService centers) {
        this.facilities = facilities;
        this.categories = categories;
        this.divisions = divisions;
        this.centers = centers;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/atlas/facilities")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                @RequestParam(required = false) Long communityId, @RequestParam(required = false) Boolean subsidised,
                @RequestParam(required = false) Boolean elderFriendly, @RequestParam(defaultValue = "0") int page,
                Model model) {
        var query = new FacilityQuery(q, category, communityId, null, subsidised, null, elderFriendly);
        model.addAttribute("facilities", facilities.find(query, new Paged.Request(page, 50)));
        model.addAttribute("query", query);
        model.addAttribute("categories", categories.catalogue());
        model.addAttribute("communities", divisions.communities(null).stream().filter(c -> c.compounds() > 0).toList());
        return "atlas/facilities";
    }

    @GetMapping("/atlas/facilities/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("facility", facilities.get(id));
        return "atlas/facility";
    }

    @GetMapping("/atlas/facilities/new")
    String createForm(Actor actor, Model model) {
        FacilityForm form = new FacilityForm();
        form.setCommunityId(actor.communityId());
        form.setCenterId(actor.centerId());
        return form(form, null, model);
    }

    @GetMapping("/atlas/facilities/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(FacilityForm.of(facilities.get(id)), id, model);
    }

    @PostMapping("/atlas/facilities/new")
    String create(Actor actor, @Valid @ModelAttribute("form") FacilityForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return save(actor, null, form, result, model, redirect);
    }

    @PostMapping("/atlas/facilities/{id}/edit")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") FacilityForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return save(actor, id, form, result, model, redirect);
    }

    @PostMapping("/atlas/facilities/{id}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        String name = facilities.get(id).name();
        facilities.delete(actor, id);
        redirect.addFlashAttribute("deleted", name);
        return "redirect:/atlas/facilities";
    }

    private String save(Actor actor, Long id, FacilityForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            Facility saved = id == null ? facilities.create(actor, form) : facilities.update(actor, id, form);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/atlas/facilities/" + saved.id();
        }, () -> form(form, id, model));
    }

    private String form(FacilityForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("categories", categories.catalogue());
        model.addAttribute("communities", divisions.communities(null));
        model.addAttribute("centers", centers.find(null, null));
        return "atlas/facility-form";
    }
}
