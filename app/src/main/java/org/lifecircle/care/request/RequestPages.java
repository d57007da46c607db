package org.lifecircle.care.request;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.lifecircle.care.PageProblems;
import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for what part B offered by API only: an elder's family links (a fragment the elder's page loads) and an
 * elder's recurring series (list, file, stop).
 */
@Controller
class RequestPages {

    private final RequestService requests;
    private final CatalogueService catalogue;
    private final MessageSource messages;

    RequestPages(RequestService requests, CatalogueService catalogue, MessageSource messages) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    // ---- family links, on the elder's page ----

    @GetMapping("/care/elders/{id}/family")
    String family(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("elderId", id);
        model.addAttribute("links", requests.familyLinks(actor, id));
        return "care/elder-family :: family";
    }

    @PostMapping("/care/elders/{id}/family")
    String link(Actor actor, @PathVariable long id, @RequestParam(required = false) String username,
                @RequestParam(required = false) String relation, RedirectAttributes redirect, Locale locale) {
        try {
            requests.linkFamily(actor, id, username, relation);
            redirect.addFlashAttribute("done", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("familyProblems", PageProblems.of(e, messages, locale));
        }
        return "redirect:/care/elders/" + id + "#family";
    }

    @PostMapping("/care/elders/{id}/family/{username}/delete")
    String unlink(Actor actor, @PathVariable long id, @PathVariable String username, RedirectAttributes redirect) {
        requests.unlinkFamily(actor, id, username);
        redirect.addFlashAttribute("done", true);
        return "redirect:/care/elders/" + id + "#family";
    }

    // ---- recurring series ----

    @GetMapping("/care/series")
    String series(Actor actor, @RequestParam long elderId, Model model, Locale locale) {
        model.addAttribute("elderId", elderId);
        model.addAttribute("series", requests.seriesOf(actor, elderId));
        model.addAttribute("services", catalogue.all().stream().filter(s -> s.active()).toList());
        model.addAttribute("serviceNames", catalogue.names(locale));
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("today", LocalDate.now(RequestService.ZONE));
        return "care/series";
    }

    @PostMapping("/care/series")
    String file(Actor actor, @RequestParam long elderId, @RequestParam(required = false) String service,
                @RequestParam(required = false) Set<DayOfWeek> weekdays, @RequestParam(required = false) LocalTime windowStart,
                @RequestParam(required = false) LocalTime windowEnd, @RequestParam(required = false) LocalDate firstDay,
                @RequestParam(required = false) LocalDate lastDay, @RequestParam(required = false) String notes,
                RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            requests.fileSeries(actor, new SeriesForm(elderId, service, weekdays == null ? EnumSet.noneOf(DayOfWeek.class) : weekdays,
                    windowStart, windowEnd, firstDay, lastDay, notes));
            redirect.addFlashAttribute("done", true);
        });
        return "redirect:/care/series?elderId=" + elderId;
    }

    @PostMapping("/care/series/{id}/stop")
    String stop(Actor actor, @PathVariable long id, @RequestParam long elderId, RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            redirect.addFlashAttribute("stopped", requests.stopSeries(actor, id));
        });
        return "redirect:/care/series?elderId=" + elderId;
    }
}
