package org.lifecircle.atlas.division;

import jakarta.validation.Valid;

import org.lifecircle.atlas.FormErrors;
import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.atlas.facility.FacilityQuery;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.Paged;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CommunityPages {

    private final DivisionService divisions;
    private final CompoundService compounds;
    private final FacilityService facilities;
    private final CenterService centers;

    CommunityPages(DivisionService divisions, CompoundService compounds, FacilityService facilities,
                   CenterService centers) {
        this.divisions = divisions;
        this.compounds = compounds;
        this.facilities = facilities;
        this.centers = centers;
    }

    @GetMapping("/atlas/communities/{id}")
    String show(@PathVariable long id, Model model) {
        Community community = divisions.community(id);
        model.addAttribute("community", community);
        model.addAttribute("compounds", compounds.find(id, null, new Paged.Request(0, Paged.MAX_SIZE)));
        model.addAttribute("facilities", facilities.find(
                new FacilityQuery(null, null, id, null, null, null, null), new Paged.Request(0, Paged.MAX_SIZE)));
        model.addAttribute("centers", centers.find(null, community.subDistrictId()).stream()
                .filter(c -> c.communities().stream().anyMatch(m -> m.id() == id)).toList());
        return "atlas/community";
    }

    @GetMapping("/atlas/communities/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Community community = divisions.community(id);
        model.addAttribute("community", community);
        model.addAttribute("form", CommunityForm.of(community));
        return "atlas/community-form";
    }

    @PostMapping("/atlas/communities/{id}/edit")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") CommunityForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            Community saved = divisions.update(actor, id, form);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/atlas/communities/" + id;
        }, () -> {
            model.addAttribute("community", divisions.community(id));
            return "atlas/community-form";
        });
    }
}
