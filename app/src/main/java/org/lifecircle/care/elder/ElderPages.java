package org.lifecircle.care.elder;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.lifecircle.atlas.FormErrors;
import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.care.assessment.CareLevel;
import org.lifecircle.care.assessment.Dimension;
import org.lifecircle.care.assessment.Scores;
import org.lifecircle.care.privacy.Access;
import org.lifecircle.care.privacy.SensitiveField;
import org.lifecircle.care.station.StationService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.Paged;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of elders. Unmasking is a POST ("show" buttons), answered with the page itself rather than a
 * redirect, so the values are never in a URL, a browser history or a prefetch, and each one is logged.
 */
@Controller
class ElderPages {

    private final ElderService elders;
    private final ElderRecords records;
    private final CompoundService compounds;
    private final StationService stations;
    private final MessageSource messages;

    ElderPages(ElderService elders, ElderRecords records, CompoundService compounds, StationService stations,
               MessageSource messages) {
        this.elders = elders;
        this.records = records;
        this.compounds = compounds;
        this.stations = stations;
        this.messages = messages;
    }

    @GetMapping("/care/elders")
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("elders", elders.find(actor, q, new Paged.Request(page, 50)));
        model.addAttribute("q", q);
        model.addAttribute("canCreate", actor.is(Role.CARE_DISPATCHER) || actor.is(Role.COMMUNITY_STAFF));
        return "care/elders";
    }

    @GetMapping("/care/elders/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        return detail(actor, elders.get(actor, id, Set.of(), null), model);
    }

    @PostMapping("/care/elders/{id}/reveal")
    String reveal(Actor actor, @PathVariable long id, @RequestParam(required = false) String fields,
                  HttpServletRequest request, Model model) {
        return detail(actor, elders.get(actor, id, SensitiveField.parse(fields), Access.page(request.getRemoteAddr())), model);
    }

    private String detail(Actor actor, ElderView elder, Model model) {
        model.addAttribute("elder", elder);
        model.addAttribute("canManage", actor.canManageElder(elder.community().id()));
        model.addAttribute("assessments", records.assessments(actor, elder.id()));
        model.addAttribute("consents", records.consents(actor, elder.id()));
        model.addAttribute("canReadLog", actor.isAdmin() || actor.is(Role.COMMUNITY_STAFF));
        if (!model.containsAttribute("consentForm")) {
            ConsentForm consent = new ConsentForm();
            consent.setGivenOn(ElderService.today());
            model.addAttribute("consentForm", consent);
        }
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new ContactForm());
        }
        return "care/elder";
    }

    @GetMapping("/care/elders/new")
    String createForm(Actor actor, Model model) {
        ElderScope.requireManager(actor, actor.is(Role.COMMUNITY_STAFF) ? actor.communityId() : null);
        return form(new ElderForm(), null, null, model);
    }

    @GetMapping("/care/elders/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        ElderView elder = elders.get(actor, id, Set.of(), null);
        ElderScope.requireManager(actor, elder.community().id());
        ElderForm form = new ElderForm();
        form.setName(elder.name());
        form.setCompoundId(elder.compound().id());
        form.setBuilding(elder.building());
        form.setStationId(elder.station().id());
        return form(form, id, elder, model);
    }

    @PostMapping("/care/elders/new")
    String create(Actor actor, @Valid @ModelAttribute("form") ElderForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            ElderView saved = elders.create(actor, form);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/care/elders/" + saved.id();
        }, () -> form(form, null, null, model));
    }

    @PostMapping("/care/elders/{id}/edit")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") ElderForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            ElderView saved = elders.update(actor, id, form);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/care/elders/" + id;
        }, () -> form(form, id, elders.get(actor, id, Set.of(), null), model));
    }

    private String form(ElderForm form, Long id, ElderView elder, Model model) {
        // the template writes the personal fields empty: never sent back to the browser, not even what was just typed
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("elder", elder);
        model.addAttribute("compounds", compounds.all().stream()
                .sorted(Comparator.comparing(Compound::communityName).thenComparing(Compound::name)).toList());
        model.addAttribute("stations", stations.find(null));
        return "care/elder-form";
    }

    @GetMapping("/care/elders/{id}/assessment")
    String assessmentForm(Actor actor, @PathVariable long id, Model model) {
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(ElderService.today());
        ElderView elder = elders.get(actor, id, Set.of(), null);
        ElderScope.requireManager(actor, elder.community().id());
        return assessmentForm(elder, form, model);
    }

    @PostMapping("/care/elders/{id}/assessment")
    String assess(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") AssessmentForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            Assessment saved = records.assess(actor, id, form);
            redirect.addFlashAttribute("assessed", saved.total());
            return "redirect:/care/elders/" + id;
        }, () -> assessmentForm(elders.get(actor, id, Set.of(), null), form, model));
    }

    private String assessmentForm(ElderView elder, AssessmentForm form, Model model) {
        model.addAttribute("elder", elder);
        model.addAttribute("form", form);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("levels", CareLevel.values());
        model.addAttribute("result", LevelResult.of(form.scores()));
        return "care/assessment-form";
    }

    /** The live total and level under the assessment form (htmx, on every change of a score). */
    @GetMapping("/care/assessment-level")
    String level(@RequestParam(required = false) Integer selfCare, @RequestParam(required = false) Integer basicMotor,
                 @RequestParam(required = false) Integer mentalState, @RequestParam(required = false) Integer perceptionSocial,
                 Model model) {
        model.addAttribute("result", LevelResult.of(new Scores(selfCare, basicMotor, mentalState, perceptionSocial)));
        return "care/assessment-form :: level";
    }

    /** The total and level when all four scores are valid, else null (the page then shows a dash). */
    record LevelResult(int total, CareLevel level) {

        static LevelResult of(Scores scores) {
            try {
                return new LevelResult(scores.total(), scores.level());
            } catch (InvalidInputException e) {
                return null;
            }
        }
    }

    @PostMapping("/care/elders/{id}/consent")
    String consent(Actor actor, @PathVariable long id, @Valid @ModelAttribute("consentForm") ConsentForm form,
                   BindingResult result, RedirectAttributes redirect, Locale locale) {
        return act(id, result, redirect, locale, "consentForm", form, () -> records.recordConsent(actor, id, form));
    }

    @PostMapping("/care/elders/{id}/consent/withdraw")
    String withdraw(Actor actor, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return act(id, null, redirect, locale, null, null, () -> records.withdrawConsent(actor, id));
    }

    @PostMapping("/care/elders/{id}/health-notes")
    String healthNotes(Actor actor, @PathVariable long id, @RequestParam(required = false) String notes,
                       RedirectAttributes redirect, Locale locale) {
        return act(id, null, redirect, locale, null, null, () -> records.setHealthNotes(actor, id, notes));
    }

    @PostMapping("/care/elders/{id}/contacts")
    String addContact(Actor actor, @PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form,
                      BindingResult result, RedirectAttributes redirect, Locale locale) {
        return act(id, result, redirect, locale, "contactForm", form, () -> records.addContact(actor, id, form));
    }

    @PostMapping("/care/elders/{id}/contacts/{contactId}/delete")
    String removeContact(Actor actor, @PathVariable long id, @PathVariable long contactId, RedirectAttributes redirect,
                         Locale locale) {
        return act(id, null, redirect, locale, null, null, () -> records.removeContact(actor, id, contactId));
    }

    /**
     * A small form on the detail page: do it and go back to the page; on a refusal go back with the problems by field
     * (and the form as entered, except a phone number, which is personal).
     */
    private String act(long id, BindingResult result, RedirectAttributes redirect, Locale locale, String formName,
                       Object form, Runnable action) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (result != null && result.hasErrors()) {
            result.getFieldErrors().forEach(e -> problems.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
        } else {
            try {
                action.run();
                redirect.addFlashAttribute("done", true);
                return "redirect:/care/elders/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.putIfAbsent(p.field(),
                        messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)));
            }
        }
        redirect.addFlashAttribute("problems", problems);
        if (formName != null) {
            if (form instanceof ContactForm contact) {
                contact.setPhone(null);
            }
            redirect.addFlashAttribute(formName, form);
        }
        return "redirect:/care/elders/" + id;
    }
}
