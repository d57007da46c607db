package org.lifecircle.care.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.care.catalogue.ServiceType;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.ConflictException;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The family's page: the linked elders' requests with status, caregiver and visit times, and the rating form. */
@Controller
class FamilyPages {

    private final FamilyVisits family;
    private final VisitService visits;
    private final CatalogueService catalogue;
    private final MessageSource messages;

    FamilyPages(FamilyVisits family, VisitService visits, CatalogueService catalogue, MessageSource messages) {
        this.family = family;
        this.visits = visits;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/family/care")
    String list(Actor actor, Model model, Locale locale) {
        model.addAttribute("requests", family.requests(actor, LocalDate.now(RequestService.ZONE).minusDays(30)));
        Map<String, String> names = catalogue.all().stream().collect(Collectors.toMap(ServiceType::code, s -> s.name(locale)));
        model.addAttribute("serviceNames", names);
        model.addAttribute("zone", RequestService.ZONE);
        return "care/family";
    }

    @PostMapping("/family/care/{id}/rating")
    String rate(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer rating,
                @RequestParam(required = false) String comment, RedirectAttributes redirect, Locale locale) {
        try {
            visits.rate(actor, id, rating, comment);
            redirect.addFlashAttribute("rated", id);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", org.lifecircle.care.PageProblems.of(e, messages, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", List.of(messages.getMessage(e.messageKey(), e.args(), locale)));
        }
        return "redirect:/family/care";
    }
}
