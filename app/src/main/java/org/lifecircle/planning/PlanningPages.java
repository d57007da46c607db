package org.lifecircle.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

/** The planner's workspace: the coverage map and panel (drawn by planning.js from the planning API). */
@Controller
class PlanningPages {

    /** Texts planning.js shows, handed over as JSON so that the script holds no language of its own. */
    private static final List<String> SCRIPT_TEXTS = List.of("overall", "national", "shanghai", "communities",
            "distribution", "residents", "share", "minutes", "unreachable", "more", "covered", "notCovered",
            "nearest", "none", "reach", "reachHint", "servicesWithin", "points", "compounds", "estimatedPopulation",
            "legend.5", "legend.10", "legend.15", "legend.more", "legend.unreachable", "error", "gapsTitle", "noGaps",
            "centers", "facilities");

    private final ServiceCatalogue catalogue;
    private final MapSettings map;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final DivisionService divisions;

    PlanningPages(ServiceCatalogue catalogue, MapSettings map, MessageSource messages, ObjectMapper json,
                  DivisionService divisions) {
        this.catalogue = catalogue;
        this.map = map;
        this.messages = messages;
        this.json = json;
        this.divisions = divisions;
    }

    @GetMapping("/planning")
    String workspace(Model model, Locale locale) throws JsonProcessingException {
        model.addAttribute("services", catalogue.all());
        model.addAttribute("tierSets", org.lifecircle.planning.standards.StandardTier.values());
        model.addAttribute("speeds", Speed.values());
        model.addAttribute("map", map);
        model.addAttribute("subDistricts", divisions.subDistricts());
        Map<String, String> texts = new LinkedHashMap<>();
        SCRIPT_TEXTS.forEach(k -> texts.put(k, messages.getMessage("planning.js." + k, null, locale)));
        model.addAttribute("scriptTexts", json.writeValueAsString(texts));
        return "planning/workspace";
    }
}
