package org.lifecircle.care.catalogue;

import jakarta.validation.Valid;

import org.lifecircle.atlas.FormErrors;
import org.lifecircle.care.caregiver.Skill;
import org.lifecircle.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CataloguePages {

    private final CatalogueService catalogue;

    CataloguePages(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/care/catalogue")
    String list(Model model) {
        model.addAttribute("services", catalogue.all());
        return "care/catalogue";
    }

    @GetMapping("/care/catalogue/{code}/edit")
    String editForm(Actor actor, @PathVariable String code, Model model) {
        requireAdmin(actor);
        return form(code, ServiceTypeForm.of(catalogue.get(code)), model);
    }

    @PostMapping("/care/catalogue/{code}/edit")
    String update(Actor actor, @PathVariable String code, @Valid @ModelAttribute("form") ServiceTypeForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            ServiceType saved = catalogue.update(actor, code, form);
            redirect.addFlashAttribute("saved", saved.nameZh());
            return "redirect:/care/catalogue";
        }, () -> form(code, form, model));
    }

    private String form(String code, ServiceTypeForm form, Model model) {
        model.addAttribute("service", catalogue.get(code));
        model.addAttribute("form", form);
        model.addAttribute("skills", Skill.values());
        return "care/catalogue-form";
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException("district administrators only");
        }
    }
}
