package org.lifecircle.planning.siting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lifecircle.atlas.Tier;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.map.MapSettings;
import org.lifecircle.planning.access.ServiceCatalogue;
import org.lifecircle.planning.access.Speed;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The site-selection page: the form, the candidates on the map, progress and the answer (planning-siting.js). */
@Controller
class SitingPages {

    /** Texts planning-siting.js shows, handed over as JSON so that the script holds no language of its own. */
    private static final List<String> SCRIPT_TEXTS = List.of("candidates", "candidateLayer", "candidate", "existing", "chosen", "residents",
            "minutes", "unreachable", "phase.QUEUED", "phase.MATRIX", "phase.HEURISTIC", "phase.BOUND", "phase.EXACT",
            "status.OPTIMAL", "status.FEASIBLE", "status.HEURISTIC", "status.INFEASIBLE", "failed", "objective.MAXIMAL_COVERING",
            "objective.SET_COVERING", "objective.P_MEDIAN", "bound", "gap", "solver", "seconds", "before", "after", "gained",
            "covered", "meanWalk", "site", "served", "compounds", "farthest", "saved", "openScenario", "csvRead", "error",
            "none", "nodesInView", "model.MAXIMAL_COVERING", "model.SET_COVERING", "model.P_MEDIAN");

    private final ServiceCatalogue catalogue;
    private final DivisionService divisions;
    private final MapSettings map;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final SitingSettings settings;

    SitingPages(ServiceCatalogue catalogue, DivisionService divisions, MapSettings map, MessageSource messages,
                ObjectMapper json, SitingSettings settings) {
        this.catalogue = catalogue;
        this.divisions = divisions;
        this.map = map;
        this.messages = messages;
        this.json = json;
        this.settings = settings;
    }

    @GetMapping("/planning/siting")
    String page(Model model, Locale locale) throws JsonProcessingException {
        model.addAttribute("kinds", catalogue.all().stream().filter(c -> !c.isGroup()).toList());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("speeds", Speed.values());
        model.addAttribute("subDistricts", divisions.subDistricts());
        model.addAttribute("map", map);
        model.addAttribute("maxCandidates", settings.maxCandidates());
        Map<String, String> texts = new LinkedHashMap<>();
        SCRIPT_TEXTS.forEach(k -> texts.put(k, messages.getMessage("planning.siting.js." + k, null, locale)));
        model.addAttribute("scriptTexts", json.writeValueAsString(texts));
        return "planning/siting";
    }
}
