package org.lifecircle.directory.errands;

import jakarta.validation.Valid;

import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff page for errand guides ({@code /directory/errands}): list, add, edit, delete. */
@Controller
class ErrandPages {

    private final ErrandService errands;
    private final DivisionService divisions;
    private final MessageSource messages;

    ErrandPages(ErrandService errands, DivisionService divisions, MessageSource messages) {
        this.errands = errands;
        this.divisions = divisions;
        this.messages = messages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/directory/errands")
    String list(Actor actor, Model model) {
        model.addAttribute("errands", errands.all());
        model.addAttribute("communityNames", communityNames());
        model.addAttribute("actor", actor);
        return "directory/errands";
    }

    @GetMapping("/directory/errands/new")
    String create(Actor actor, Model model) {
        ErrandForm form = new ErrandForm();
        form.setCommunityId(actor.communityId());
        return form(form, null, actor, model);
    }

    @GetMapping("/directory/errands/{id}/edit")
    String edit(@PathVariable long id, Actor actor, Model model) {
        return form(ErrandForm.of(errands.get(id)), id, actor, model);
    }

    @PostMapping({"/directory/errands", "/directory/errands/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") ErrandForm form,
                BindingResult result, Actor actor, Model model, RedirectAttributes flash) {
        if (result.hasErrors()) {
            return form(form, id, actor, model);
        }
        try {
            Errand saved = id == null ? errands.create(actor, form) : errands.update(actor, id, form);
            flash.addFlashAttribute("flash", saved.title());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey()));
            return form(form, id, actor, model);
        }
        return "redirect:/directory/errands";
    }

    @PostMapping("/directory/errands/{id}/delete")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        errands.delete(actor, id);
        return "redirect:/directory/errands";
    }

    private String form(ErrandForm form, Long id, Actor actor, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("communities", divisions.communitiesManagedBy(actor));
        model.addAttribute("districtWide", actor.isAdmin());
        return "directory/errand-form";
    }

    private java.util.Map<Long, String> communityNames() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        divisions.communities(null).forEach(c -> names.put(c.id(), c.shortName()));
        return names;
    }
}
