package org.lifecircle.portal.home;

import org.lifecircle.atlas.map.MapSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The district's page of portals: a resident finds their community by name, address or a tap on the map. */
@Controller
class DistrictPages {

    private final PlaceFinder places;
    private final MapSettings map;

    DistrictPages(PlaceFinder places, MapSettings map) {
        this.places = places;
        this.map = map;
    }

    @GetMapping("/c")
    String home(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", places.search(q));
        model.addAttribute("map", map);
        return "portal/district";
    }
}
