package org.lifecircle.planning.areas;

import org.lifecircle.atlas.Tier;
import org.lifecircle.atlas.map.MapSettings;
import org.lifecircle.identity.Actor;
import org.lifecircle.planning.access.Speed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service-area page: the map of areas and the table of centers against the population rule. */
@Controller
class ServiceAreaPages {

    private final ServiceAreaService areas;
    private final MapSettings map;

    ServiceAreaPages(ServiceAreaService areas, MapSettings map) {
        this.areas = areas;
        this.map = map;
    }

    @GetMapping("/planning/service-areas")
    String page(@RequestParam(defaultValue = "CENTER_15") Tier tier, @RequestParam(defaultValue = "ADULT") Speed speed,
                Model model) {
        model.addAttribute("report", areas.serviceAreas(tier, speed));
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("speeds", Speed.values());
        model.addAttribute("kinds", AreaKind.values());
        model.addAttribute("map", map);
        return "planning/service-areas";
    }

    @PostMapping("/planning/service-areas/centers/{id}/area-kind")
    String setAreaKind(Actor actor, @PathVariable long id, @RequestParam AreaKind areaKind,
                       @RequestParam(defaultValue = "CENTER_15") Tier tier, @RequestParam(defaultValue = "ADULT") Speed speed) {
        areas.setAreaKind(actor, id, areaKind);
        return "redirect:/planning/service-areas?tier=" + tier + "&speed=" + speed;
    }
}
