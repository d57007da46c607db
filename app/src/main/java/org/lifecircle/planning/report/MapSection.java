package org.lifecircle.planning.report;

import java.util.List;

import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.planning.report.SubDistrictMap.Center;
import org.springframework.stereotype.Component;

/** The map: the sub-district's compounds by walking time, with the streets, centers and service points around them. */
@Component
class MapSection implements ReportSection {

    /** {@code svg} null: the sub-district has no compounds to draw. */
    record Data(String svg) {
    }

    private final StreetNetwork streets;
    private final CenterService centers;

    MapSection(StreetNetwork streets, CenterService centers) {
        this.streets = streets;
        this.centers = centers;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "planning/report-sections :: map";
    }

    @Override
    public Data data(ReportScope scope) {
        if (scope.coverage().compounds().isEmpty()) {
            return new Data(null);
        }
        // every center in view, the neighbours' too: residents near the border use them
        List<Center> allCenters = centers.find(null, null).stream()
                .map(c -> new Center(c.name(), c.tier(), c.lon(), c.lat())).toList();
        return new Data(SubDistrictMap.draw(streets.network(), streets.approximate(), scope.coverage().compounds(), allCenters,
                scope.coverage().points(), scope.coverage().serviceName(), scope.texts()));
    }
}
