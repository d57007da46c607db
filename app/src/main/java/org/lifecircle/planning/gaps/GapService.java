package org.lifecircle.planning.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lifecircle.atlas.category.Category;
import org.lifecircle.engine.access.WhatIf;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.AccessModels;
import org.lifecircle.planning.access.Resident;
import org.lifecircle.planning.access.ServiceCatalogue;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.coverage.CoverageService;
import org.springframework.stereotype.Service;

/** The worst-served residents: compounds × services outside the walking time, ranked by who is affected. */
@Service
public class GapService {

    private final AccessModels models;
    private final ServiceCatalogue catalogue;

    GapService(AccessModels models, ServiceCatalogue catalogue) {
        this.models = models;
        this.catalogue = catalogue;
    }

    /**
     * @param services kinds or group codes; empty: the 11 handbook groups and the elder-care kinds
     */
    public List<Gap> gaps(List<String> services, int minutes, Speed speed, Locale locale) {
        CoverageService.requireMinutes(minutes, "minutes");
        Set<String> codes = new LinkedHashSet<>(services);
        if (codes.isEmpty()) {
            catalogue.all().stream().filter(Category::isGroup).forEach(c -> codes.add(c.code()));
            codes.addAll(models.settings().elderCareKinds());
        }
        codes.forEach(code -> catalogue.require(code, "services"));
        AccessModel m = models.current(speed);
        List<Gap> gaps = new ArrayList<>();
        for (String code : codes) {
            int[] members = m.servicesOffering(code);
            WhatIf w = m.whatIf(members, minutes * 60.0);
            boolean elderCare = models.settings().isElderCare(code);
            String name = catalogue.name(code, locale);
            for (int o = 0; o < m.residents().size(); o++) {
                double seconds = w.originSeconds(o);
                if (seconds <= minutes * 60.0) {
                    continue;
                }
                Resident r = m.residents().get(o);
                boolean reached = Double.isFinite(seconds) && w.nearestFacility(o) >= 0;
                var nearest = reached ? m.services().get(members[w.nearestFacility(o)]) : null;
                double weight = elderCare ? r.population() * r.elderlyShare() : r.population();
                gaps.add(new Gap(r.compoundId(), r.name(), r.communityName(), code, name, r.population(), r.elderlyShare(),
                        elderCare, weight, reached ? seconds / 60 : null, nearest == null ? null : nearest.facilityId(),
                        nearest == null ? null : nearest.name()));
            }
        }
        // most people affected first; among equals, the longest walk (unreachable last of all) first
        gaps.sort(Comparator.comparingDouble(Gap::weight).reversed()
                .thenComparing(g -> g.minutes() == null ? Double.POSITIVE_INFINITY : g.minutes(), Comparator.reverseOrder()));
        return gaps;
    }
}
