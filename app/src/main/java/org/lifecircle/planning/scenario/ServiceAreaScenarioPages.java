package org.lifecircle.planning.scenario;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.lifecircle.atlas.Tier;
import org.lifecircle.atlas.map.MapSettings;
import org.lifecircle.identity.Actor;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.areas.AreaKind;
import org.lifecircle.planning.areas.ServiceAreaReport;
import org.lifecircle.planning.areas.ServiceAreaService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The service-area page: the registry's centers of a tier, or (with {@code scenario}) the centers as a
 * what-if scenario would leave them, with each registry center's residents before beside them.
 */
@Controller
class ServiceAreaScenarioPages {

    private final ServiceAreaService areas;
    private final ScenarioService scenarios;
    private final MapSettings map;

    ServiceAreaScenarioPages(ServiceAreaService areas, ScenarioService scenarios, MapSettings map) {
        this.areas = areas;
        this.scenarios = scenarios;
        this.map = map;
    }

    @GetMapping("/planning/service-areas")
    String page(Actor actor, @RequestParam(defaultValue = "CENTER_15") Tier tier,
                @RequestParam(defaultValue = "ADULT") Speed speed, @RequestParam(required = false) Long scenario,
                Model model, Locale locale) {
        ServiceAreaReport registry = areas.serviceAreas(tier, speed);
        if (scenario == null) {
            model.addAttribute("report", registry);
        } else {
            model.addAttribute("scenario", scenarios.get(actor, scenario, locale));
            model.addAttribute("report", scenarios.serviceAreas(actor, scenario, tier, speed));
            Map<Long, Double> before = registry.centers().stream()
                    .collect(Collectors.toMap(ServiceAreaReport.CenterArea::id, ServiceAreaReport.CenterArea::residents));
            model.addAttribute("before", before);
        }
        model.addAttribute("scenarios", scenarios.all(actor, locale));
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("speeds", Speed.values());
        model.addAttribute("kinds", AreaKind.values());
        model.addAttribute("map", map);
        return "planning/service-areas";
    }
}
