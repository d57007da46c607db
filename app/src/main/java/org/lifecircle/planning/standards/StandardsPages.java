package org.lifecircle.planning.standards;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.atlas.FormErrors;
import org.lifecircle.atlas.ServiceClass;
import org.lifecircle.identity.Actor;
import org.lifecircle.planning.access.ServiceCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The standards table with its legend, and the forms that edit its rows, the basic functions and the composition. */
@Controller
class StandardsPages {

    private final StandardsService standards;
    private final ServiceCatalogue catalogue;

    StandardsPages(StandardsService standards, ServiceCatalogue catalogue) {
        this.standards = standards;
        this.catalogue = catalogue;
    }

    @GetMapping("/planning/standards")
    String table(Model model) {
        Map<StandardTier, List<Requirement>> byTier = new LinkedHashMap<>();
        for (StandardTier tier : StandardTier.values()) {
            byTier.put(tier, standards.requirements(tier, true));
        }
        model.addAttribute("byTier", byTier);
        model.addAttribute("functions", standards.functions(true));
        List<CompositionShare> composition = standards.composition();
        model.addAttribute("composition", composition);
        model.addAttribute("compositionTotal", composition.stream().map(CompositionShare::areaM2)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return "planning/standards";
    }

    @GetMapping("/planning/standards/requirements/new")
    String createForm(@RequestParam(defaultValue = "CIRCLE_5") StandardTier tier, Model model) {
        RequirementForm form = new RequirementForm();
        form.setTier(tier);
        form.setMinutes(tier.minutes());
        return requirementForm(form, null, model);
    }

    @PostMapping("/planning/standards/requirements/new")
    String create(Actor actor, @ModelAttribute("form") RequirementForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> saved(standards.create(actor, form).nameZh(), redirect),
                () -> requirementForm(form, null, model));
    }

    @GetMapping("/planning/standards/requirements/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return requirementForm(RequirementForm.of(standards.requirement(id)), id, model);
    }

    @PostMapping("/planning/standards/requirements/{id}/edit")
    String update(Actor actor, @PathVariable long id, @ModelAttribute("form") RequirementForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> saved(standards.update(actor, id, form).nameZh(), redirect),
                () -> requirementForm(form, id, model));
    }

    @PostMapping("/planning/standards/requirements/{id}/deactivate")
    String deactivate(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return saved(standards.deactivate(actor, id).nameZh(), redirect);
    }

    @GetMapping("/planning/standards/functions/{id}/edit")
    String functionForm(@PathVariable long id, Model model) {
        return functionForm(CenterFunctionForm.of(standards.function(id)), id, model);
    }

    @PostMapping("/planning/standards/functions/{id}/edit")
    String updateFunction(Actor actor, @PathVariable long id, @ModelAttribute("form") CenterFunctionForm form,
                          BindingResult result, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> saved(standards.updateFunction(actor, id, form).nameZh(), redirect),
                () -> functionForm(form, id, model));
    }

    @GetMapping("/planning/standards/composition/{serviceClass}/edit")
    String compositionForm(@PathVariable ServiceClass serviceClass, Model model) {
        return compositionForm(CompositionForm.of(standards.composition(serviceClass)), serviceClass, model);
    }

    @PostMapping("/planning/standards/composition/{serviceClass}/edit")
    String updateComposition(Actor actor, @PathVariable ServiceClass serviceClass,
                             @ModelAttribute("form") CompositionForm form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            standards.updateComposition(actor, serviceClass, form);
            redirect.addFlashAttribute("savedClass", serviceClass);
            return "redirect:/planning/standards";
        }, () -> compositionForm(form, serviceClass, model));
    }

    private static String saved(String what, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", what);
        return "redirect:/planning/standards";
    }

    private String requirementForm(RequirementForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("tiers", StandardTier.values());
        model.addAttribute("versions", id == null ? List.of() : standards.versions(id));
        return withCatalogue(model, "planning/standards-requirement-form");
    }

    private String functionForm(CenterFunctionForm form, long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("function", standards.function(id));
        model.addAttribute("serviceClasses", ServiceClass.values());
        return withCatalogue(model, "planning/standards-function-form");
    }

    private String compositionForm(CompositionForm form, ServiceClass serviceClass, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("serviceClass", serviceClass);
        model.addAttribute("confidences", Confidence.values());
        return "planning/standards-composition-form";
    }

    /** The catalogue's codes beside the codes field, so a planner can see what to type. */
    private String withCatalogue(Model model, String view) {
        model.addAttribute("catalogue", catalogue.all());
        model.addAttribute("confidences", Confidence.values());
        return view;
    }
}
