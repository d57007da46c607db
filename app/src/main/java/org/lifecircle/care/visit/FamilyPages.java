package org.lifecircle.care.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.lifecircle.care.PageProblems;
import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.care.catalogue.ServiceType;
import org.lifecircle.care.request.Priority;
import org.lifecircle.care.request.RequestForm;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's page: the linked elders' requests with status, caregiver and visit times, the rating form, and filing or
 * cancelling a request online (what part B's family API offered).
 */
@Controller
class FamilyPages {

    private final FamilyVisits family;
    private final VisitService visits;
    private final RequestService requests;
    private final CatalogueService catalogue;
    private final MessageSource messages;

    FamilyPages(FamilyVisits family, VisitService visits, RequestService requests, CatalogueService catalogue,
                MessageSource messages) {
        this.family = family;
        this.requests = requests;
        this.visits = visits;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/family/care")
    String list(Actor actor, Model model, Locale locale) {
        model.addAttribute("requests", family.requests(actor, LocalDate.now(RequestService.ZONE).minusDays(30)));
        model.addAttribute("serviceNames", catalogue.names(locale));
        model.addAttribute("zone", RequestService.ZONE);
        model.addAttribute("elders", requests.linkedElders(actor));
        model.addAttribute("services", catalogue.all().stream().filter(ServiceType::active).toList());
        model.addAttribute("today", LocalDate.now(RequestService.ZONE));
        return "care/family";
    }

    /** Files a request for a linked elder (channel FAMILY_ONLINE, or ELDER_ONLINE from the elder's own account). */
    @PostMapping("/family/care/requests")
    String file(Actor actor, @RequestParam(required = false) Long elderId, @RequestParam(required = false) String service,
                @RequestParam(required = false) LocalDate day, @RequestParam(required = false) LocalTime windowStart,
                @RequestParam(required = false) LocalTime windowEnd, @RequestParam(required = false) String notes,
                RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            requests.file(actor, new RequestForm(elderId, service, day, windowStart, windowEnd, notes, Priority.NORMAL));
            redirect.addFlashAttribute("filed", true);
        });
        return "redirect:/family/care";
    }

    @PostMapping("/family/care/{id}/cancel")
    String cancel(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            requests.cancel(actor, id, version == null ? -1 : version, reason);
            redirect.addFlashAttribute("cancelled", id);
        });
        return "redirect:/family/care";
    }

    @PostMapping("/family/care/{id}/rating")
    String rate(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer rating,
                @RequestParam(required = false) String comment, RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            visits.rate(actor, id, rating, comment);
            redirect.addFlashAttribute("rated", id);
        });
        return "redirect:/family/care";
    }
}
