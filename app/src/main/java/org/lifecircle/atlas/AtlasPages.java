package org.lifecircle.atlas;

import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.map.MapSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The atlas overview: the map, the sub-districts and communities, the centers by tier. */
@Controller
class AtlasPages {

    private final DivisionService divisions;
    private final CenterService centers;
    private final MapSettings map;

    AtlasPages(DivisionService divisions, CenterService centers, MapSettings map) {
        this.divisions = divisions;
        this.centers = centers;
        this.map = map;
    }

    @GetMapping("/atlas")
    String overview(@RequestParam(required = false) Long subDistrictId, Model model) {
        var subDistricts = divisions.subDistricts();
        // open on the sub-district that has compounds (the demo's Ruyi Lake) unless asked otherwise
        Long shown = subDistrictId != null ? subDistrictId : subDistricts.stream()
                .filter(s -> s.households() > 0).map(s -> s.id()).findFirst().orElse(null);
        model.addAttribute("subDistricts", subDistricts);
        model.addAttribute("shownSubDistrictId", shown);
        model.addAttribute("communities", shown == null ? java.util.List.of() : divisions.communities(shown));
        model.addAttribute("centers", centers.find(null, null));
        model.addAttribute("map", map);
        return "atlas/index";
    }
}
