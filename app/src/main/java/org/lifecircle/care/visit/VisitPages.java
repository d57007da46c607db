package org.lifecircle.care.visit;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lifecircle.care.PageProblems;
import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.care.dispatch.DispatchService;
import org.lifecircle.care.privacy.Access;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The caregiver's phone page (today's visits, check-in and check-out, reveal, alerts) and the dispatch center's
 * exception queue and flags. Errors come back on the page in the reader's language, naming the field.
 */
@Controller
class VisitPages {

    private final CaregiverDay days;
    private final VisitService visits;
    private final VisitFlags flags;
    private final DispatchService dispatch;
    private final RequestService requests;
    private final CatalogueService catalogue;
    private final PlaceMatcher matcher;
    private final MessageSource messages;

    VisitPages(CaregiverDay days, VisitService visits, VisitFlags flags, DispatchService dispatch, RequestService requests,
               CatalogueService catalogue, PlaceMatcher matcher, MessageSource messages) {
        this.days = days;
        this.visits = visits;
        this.flags = flags;
        this.dispatch = dispatch;
        this.requests = requests;
        this.catalogue = catalogue;
        this.matcher = matcher;
        this.messages = messages;
    }

    // ---- the caregiver's day ----

    @GetMapping("/care/my-day")
    String myDay(Actor actor, Model model, Locale locale, HttpServletRequest request) {
        return day(actor, null, model, locale, request);
    }

    /** A POST answered with the page itself, as in the elder register: the address is never in a URL or the history. */
    @PostMapping("/care/my-day/{id}/reveal")
    String reveal(Actor actor, @PathVariable long id, Model model, Locale locale, HttpServletRequest request) {
        return day(actor, id, model, locale, request);
    }

    private String day(Actor actor, Long reveal, Model model, Locale locale, HttpServletRequest request) {
        if (actor.is(Role.CAREGIVER) && requests.caregiverOf(actor).isEmpty()) {
            model.addAttribute("unlinked", true);
            return "care/my-day";
        }
        model.addAttribute("day", days.today(actor, reveal, Access.visit(request.getRemoteAddr())));
        model.addAttribute("revealed", reveal);
        model.addAttribute("serviceNames", catalogue.names(locale));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("zone", RequestService.ZONE);
        return "care/my-day";
    }

    @PostMapping("/care/my-day/{id}/check-in")
    String checkIn(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer version,
                   @RequestParam(required = false) Double lon, @RequestParam(required = false) Double lat,
                   @RequestParam(required = false) Double accuracy, RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            Visit v = visits.checkIn(actor, id, version, new Position(lon, lat, accuracy));
            redirect.addFlashAttribute("checked", messages.getMessage("care.visit.checkedIn",
                    new Object[] {v.elderName(), messages.getMessage("care.visit.check." + v.positionCheck(), null, locale)}, locale));
        });
        return "redirect:/care/my-day";
    }

    @PostMapping("/care/my-day/{id}/check-out")
    String checkOut(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer version,
                    @RequestParam(required = false) Double lon, @RequestParam(required = false) Double lat,
                    @RequestParam(required = false) Double accuracy, @RequestParam(required = false) String outcome,
                    @RequestParam(required = false) String notes, RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            Visit v = visits.checkOut(actor, id, version, new Position(lon, lat, accuracy), VisitApi.outcome(outcome), notes);
            redirect.addFlashAttribute("checked", messages.getMessage("care.visit.checkedOut",
                    new Object[] {v.elderName(), messages.getMessage("care.visit.check." + v.positionCheck(), null, locale)}, locale));
        });
        return "redirect:/care/my-day";
    }

    @PostMapping("/care/my-day/alerts/{id}/acknowledge")
    String acknowledgeAlert(Actor actor, @PathVariable long id) {
        dispatch.acknowledge(actor, id);
        return "redirect:/care/my-day";
    }

    // ---- the dispatch center: exceptions and flags ----

    @GetMapping("/care/visits/exceptions")
    String exceptions(Actor actor, Model model, Locale locale) {
        model.addAttribute("visits", visits.exceptions(actor));
        model.addAttribute("serviceNames", catalogue.names(locale));
        model.addAttribute("zone", RequestService.ZONE);
        model.addAttribute("radius", Math.round(matcher.radius()));
        model.addAttribute("accuracyCap", Math.round(matcher.accuracyCap()));
        model.addAttribute("mayResolve", actor.is(Role.CARE_DISPATCHER));
        return "care/visit-exceptions";
    }

    @PostMapping("/care/visits/exceptions/{id}/{decision:accept|reject}")
    String resolve(Actor actor, @PathVariable long id, @PathVariable String decision,
                   @RequestParam(required = false) String note, RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            visits.resolve(actor, id, decision.equals("accept"), note);
            redirect.addFlashAttribute("done", true);
        });
        return "redirect:/care/visits/exceptions";
    }

    @GetMapping("/care/visits/flags")
    String flags(Actor actor, Model model, Locale locale) {
        model.addAttribute("flags", flags.open(actor));
        model.addAttribute("serviceNames", catalogue.names(locale));
        model.addAttribute("zone", RequestService.ZONE);
        model.addAttribute("mayAcknowledge", actor.is(Role.CARE_DISPATCHER));
        return "care/visit-flags";
    }

    @PostMapping("/care/visits/flags/{id}/{kind}/acknowledge")
    String acknowledgeFlag(Actor actor, @PathVariable long id, @PathVariable String kind, RedirectAttributes redirect,
                           Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            flags.acknowledge(actor, id, kind);
        });
        return "redirect:/care/visits/flags";
    }

    /** The visit of a request, for the dispatch center's request page (loaded by htmx): facts, check, outcome, rating. */
    @GetMapping("/care/visits/{id}/panel")
    String panel(Actor actor, @PathVariable long id, Model model) {
        requests.get(actor, id);
        model.addAttribute("visit", visits.of(List.of(id)).get(id));
        model.addAttribute("zone", RequestService.ZONE);
        return "care/visit-panel :: panel";
    }

    /** A rating the elder or family gave by phone, recorded by the dispatch center on their behalf. */
    @PostMapping("/care/visits/{id}/rating")
    String rateByPhone(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer rating,
                       @RequestParam(required = false) String comment, RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            visits.rate(actor, id, rating, comment);
        });
        return "redirect:/care/dispatch/requests/" + id;
    }

    /** The board's counters (loaded by htmx and refreshed every minute, so the board itself stays as it was). */
    @GetMapping("/care/visits/summary")
    String summary(Actor actor, Model model) {
        if (!actor.is(Role.CARE_DISPATCHER)) {
            throw new org.springframework.security.access.AccessDeniedException("the board is the dispatch center's");
        }
        model.addAttribute("openExceptions", visits.openExceptions());
        model.addAttribute("openFlags", flags.openCount());
        return "care/visit-summary :: summary";
    }
}
