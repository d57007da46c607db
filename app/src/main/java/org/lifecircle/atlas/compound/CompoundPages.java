package org.lifecircle.atlas.compound;

import jakarta.validation.Valid;

import org.lifecircle.atlas.FormErrors;
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
class CompoundPages {

    private final CompoundService compounds;
    private final DivisionService divisions;

    CompoundPages(CompoundService compounds, DivisionService divisions) {
        this.compounds = compounds;
        this.divisions = divisions;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/atlas/compounds")
    String list(@RequestParam(required = false) Long communityId, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("compounds", compounds.find(communityId, q, new Paged.Request(page, 50)));
        model.addAttribute("communities", divisions.communities(null).stream().filter(c -> c.compounds() > 0).toList());
        model.addAttribute("communityId", communityId);
        model.addAttribute("q", q);
        return "atlas/compounds";
    }

    @GetMapping("/atlas/compounds/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("compound", compounds.get(id));
        return "atlas/compound";
    }

    @GetMapping("/atlas/compounds/new")
    String createForm(Actor actor, @RequestParam(required = false) Long communityId, Model model) {
        CompoundForm form = new CompoundForm();
        form.setCommunityId(communityId != null ? communityId : actor.communityId());
        return form(actor, form, null, model);
    }

    @GetMapping("/atlas/compounds/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        return form(actor, CompoundForm.of(compounds.get(id)), id, model);
    }

    @PostMapping("/atlas/compounds/new")
    String create(Actor actor, @Valid @ModelAttribute("form") CompoundForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            Compound saved = compounds.create(actor, form);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/atlas/compounds/" + saved.id();
        }, () -> form(actor, form, null, model));
    }

    @PostMapping("/atlas/compounds/{id}/edit")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") CompoundForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            Compound saved = compounds.update(actor, id, form);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/atlas/compounds/" + id;
        }, () -> form(actor, form, id, model));
    }

    @PostMapping("/atlas/compounds/{id}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        String name = compounds.get(id).name();
        compounds.delete(actor, id);
        redirect.addFlashAttribute("deleted", name);
        return "redirect:/atlas/compounds";
    }

    private String form(Actor actor, CompoundForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("communities", divisions.communitiesManagedBy(actor));
        return "atlas/compound-form";
    }
}
