package org.lifecircle.care.routes;

import java.time.LocalDate;
import java.util.Locale;

import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.station.StationService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A station's planned day: each caregiver's visits in order with times; the dispatch center plans and re-plans. */
@Controller
class RoutePages {

    private final RoutePlanner planner;
    private final PlanApplier applier;
    private final StationService stations;

    RoutePages(RoutePlanner planner, PlanApplier applier, StationService stations) {
        this.planner = planner;
        this.applier = applier;
        this.stations = stations;
    }

    @GetMapping("/care/routes")
    String show(Actor actor, @RequestParam long stationId, @RequestParam(required = false) LocalDate day, Model model) {
        LocalDate date = day == null ? LocalDate.now(RequestService.ZONE) : day;
        model.addAttribute("station", stations.get(stationId));
        model.addAttribute("day", date);
        model.addAttribute("plan", planner.current(actor, stationId, date).orElse(null));
        model.addAttribute("mayPlan", actor.is(Role.CARE_DISPATCHER));
        return "care/routes";
    }

    @PostMapping("/care/routes")
    String plan(Actor actor, @RequestParam long stationId, @RequestParam LocalDate day, RedirectAttributes redirect) {
        planner.plan(actor, stationId, day);
        redirect.addAttribute("stationId", stationId);
        redirect.addAttribute("day", day);
        return "redirect:/care/routes";
    }

    /** Assigns the plan's open requests; the page then lists what became of each. */
    @PostMapping("/care/routes/apply")
    String apply(Actor actor, @RequestParam long stationId, @RequestParam LocalDate day, RedirectAttributes redirect,
                 Locale locale) {
        redirect.addFlashAttribute("applied", applier.apply(actor, stationId, day, locale));
        redirect.addAttribute("stationId", stationId);
        redirect.addAttribute("day", day);
        return "redirect:/care/routes";
    }
}
