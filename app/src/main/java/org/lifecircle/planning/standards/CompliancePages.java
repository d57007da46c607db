package org.lifecircle.planning.standards;

import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.planning.access.Speed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The compliance overview (every center and community) and the detail page of one center or community. */
@Controller
class CompliancePages {

    private final ComplianceService compliance;
    private final DivisionService divisions;

    CompliancePages(ComplianceService compliance, DivisionService divisions) {
        this.compliance = compliance;
        this.divisions = divisions;
    }

    @GetMapping("/planning/standards/compliance")
    String overview(@RequestParam(defaultValue = "ADULT") Speed speed,
                    @RequestParam(defaultValue = "CIRCLE_5") StandardTier tier,
                    @RequestParam(required = false) Long subDistrictId, Model model) {
        model.addAttribute("overview", compliance.overview(speed, tier).of(subDistrictId));
        model.addAttribute("subDistrictId", subDistrictId);
        model.addAttribute("subDistricts", divisions.subDistricts());
        return choices(model, "planning/standards-compliance");
    }

    @GetMapping("/planning/standards/compliance/centers/{id}")
    String center(@PathVariable long id, @RequestParam(defaultValue = "ADULT") Speed speed, Model model) {
        model.addAttribute("c", compliance.center(id, speed));
        return choices(model, "planning/standards-center");
    }

    @GetMapping("/planning/standards/compliance/communities/{id}")
    String community(@PathVariable long id, @RequestParam(defaultValue = "CIRCLE_5") StandardTier tier,
                     @RequestParam(defaultValue = "ADULT") Speed speed, Model model) {
        model.addAttribute("c", compliance.community(id, tier, speed));
        return choices(model, "planning/standards-community");
    }

    private String choices(Model model, String view) {
        model.addAttribute("speeds", Speed.values());
        model.addAttribute("tiers", StandardTier.values());
        model.addAttribute("settings", compliance.settings());
        return view;
    }
}
