package org.lifecircle.care.dispatch;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.lifecircle.care.PageProblems;
import org.lifecircle.atlas.map.MapSettings;
import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.care.elder.ElderService;
import org.lifecircle.care.request.CareRequest;
import org.lifecircle.care.request.Priority;
import org.lifecircle.care.request.RequestForm;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.request.RequestStatus;
import org.lifecircle.care.station.CareStation;
import org.lifecircle.care.station.StationService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.Paged;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dispatch center's pages: the board with the fast intake form and the map, and a request's proposals with the
 * assign buttons. Errors come back on the page in the reader's language, naming the field.
 */
@Controller
class DispatchPages {

    private final RequestService requests;
    private final DispatchService dispatch;
    private final ElderService elders;
    private final CatalogueService catalogue;
    private final StationService stations;
    private final MapSettings map;
    private final MessageSource messages;
    private final ObjectMapper json;

    DispatchPages(RequestService requests, DispatchService dispatch, ElderService elders, CatalogueService catalogue,
                  StationService stations, MapSettings map, MessageSource messages, ObjectMapper json) {
        this.requests = requests;
        this.dispatch = dispatch;
        this.elders = elders;
        this.catalogue = catalogue;
        this.stations = stations;
        this.map = map;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/care/dispatch")
    String board(Actor actor, @RequestParam(required = false) String q, Model model, Locale locale) throws JsonProcessingException {
        DispatchService.requireDispatcher(actor);
        LocalDate today = LocalDate.now(RequestService.ZONE);
        List<CareRequest> open = requests.board(actor, List.of(RequestStatus.OPEN), today, today.plusDays(14), null);
        model.addAttribute("open", open);
        model.addAttribute("assigned", requests.board(actor, List.of(RequestStatus.ASSIGNED), today, today, null));
        model.addAttribute("alerts", dispatch.openAlerts(actor));
        model.addAttribute("q", q);
        // the fast intake form: the elder found by name, initials, phone or its last four digits (part A's search)
        model.addAttribute("found", q == null || q.isBlank() ? List.of() : elders.find(actor, q, new Paged.Request(0, 8)).items());
        model.addAttribute("services", catalogue.all().stream().filter(s -> s.active()).toList());
        model.addAttribute("today", today);
        model.addAttribute("zone", RequestService.ZONE);
        Map<String, String> serviceNames = catalogue.names(locale);
        model.addAttribute("serviceNames", serviceNames);
        model.addAttribute("map", map);
        List<Map<String, Object>> points = new ArrayList<>();
        for (CareRequest r : open) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", r.id());
            p.put("lon", r.lon());
            p.put("lat", r.lat());
            p.put("emergency", r.emergency());
            p.put("label", r.elderName() + " · " + serviceNames.get(r.serviceCode()) + " · " + r.day() + " " + r.windowStart());
            points.add(p);
        }
        model.addAttribute("requestPoints", json.writeValueAsString(points));
        List<CareStation> all = stations.find(null);
        model.addAttribute("stations", all);
        model.addAttribute("stationPoints", json.writeValueAsString(all.stream()
                .map(s -> Map.of("lon", s.lon(), "lat", s.lat(), "label", s.name())).toList()));
        return "care/dispatch";
    }

    @PostMapping("/care/dispatch/requests")
    String file(Actor actor, @RequestParam(required = false) Long elderId, @RequestParam(required = false) String service,
                @RequestParam(required = false) LocalDate day, @RequestParam(required = false) LocalTime windowStart,
                @RequestParam(required = false) LocalTime windowEnd, @RequestParam(required = false) String notes,
                @RequestParam(defaultValue = "NORMAL") Priority priority, RedirectAttributes redirect, Locale locale) {
        try {
            CareRequest r = requests.file(actor, new RequestForm(elderId, service, day, windowStart, windowEnd, notes, priority));
            redirect.addFlashAttribute("filed", r.id());
            return "redirect:/care/dispatch/requests/" + r.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", PageProblems.of(e, messages, locale));
            return "redirect:/care/dispatch";
        }
    }

    @GetMapping("/care/dispatch/requests/{id}")
    String request(Actor actor, @PathVariable long id, Model model) {
        CareRequest request = requests.get(actor, id);
        model.addAttribute("request", request);
        model.addAttribute("proposals", dispatch.propose(actor, id));
        model.addAttribute("service", catalogue.get(request.serviceCode()));
        return "care/dispatch-request";
    }

    @PostMapping("/care/dispatch/requests/{id}/assign")
    String assign(Actor actor, @PathVariable long id, @RequestParam(required = false) Long caregiverId,
                  @RequestParam(required = false) Integer version, @RequestParam(required = false) String overrideReason,
                  RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            dispatch.assign(actor, id, caregiverId, version, overrideReason);
            redirect.addFlashAttribute("assigned", id);
        });
        return "redirect:/care/dispatch/requests/" + id;
    }

    /** Cancels an open or assigned request (the elder called it off), with a reason; a request changed meanwhile is refused. */
    @PostMapping("/care/dispatch/requests/{id}/cancel")
    String cancel(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            requests.cancel(actor, id, version == null ? -1 : version, reason);
            redirect.addFlashAttribute("cancelled", id);
        });
        return "redirect:/care/dispatch/requests/" + id;
    }

    /** A caregiver drops out for a day (from the caregivers' list): their assigned requests of that day reopen. */
    @PostMapping("/care/dispatch/caregivers/{id}/drop-out")
    String dropOut(Actor actor, @PathVariable long id, @RequestParam(required = false) LocalDate day,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        PageProblems.attempt(redirect, messages, locale, () -> {
            redirect.addFlashAttribute("droppedOut",
                    dispatch.dropOut(actor, id, day == null ? LocalDate.now(RequestService.ZONE) : day, reason));
        });
        return "redirect:/care/caregivers";
    }
}
