package org.lifecircle.planning.areas;

import org.lifecircle.atlas.Tier;
import org.lifecircle.identity.Actor;
import org.lifecircle.planning.access.Speed;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The service-area page's form: a center's area kind. The page itself is drawn by the scenario package's
 * {@code ServiceAreaScenarioPages}, which can show the areas under a what-if scenario too.
 */
@Controller
class ServiceAreaPages {

    private final ServiceAreaService areas;

    ServiceAreaPages(ServiceAreaService areas) {
        this.areas = areas;
    }

    @PostMapping("/planning/service-areas/centers/{id}/area-kind")
    String setAreaKind(Actor actor, @PathVariable long id, @RequestParam AreaKind areaKind,
                       @RequestParam(defaultValue = "CENTER_15") Tier tier, @RequestParam(defaultValue = "ADULT") Speed speed,
                       @RequestParam(required = false) Long scenario) {
        areas.setAreaKind(actor, id, areaKind);
        return "redirect:/planning/service-areas?tier=" + tier + "&speed=" + speed + (scenario == null ? "" : "&scenario=" + scenario);
    }
}
