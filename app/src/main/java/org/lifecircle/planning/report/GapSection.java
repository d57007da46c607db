package org.lifecircle.planning.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifecircle.atlas.category.Category;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.planning.access.ServiceCatalogue;
import org.lifecircle.planning.gaps.Gap;
import org.lifecircle.planning.gaps.GapService;
import org.springframework.stereotype.Component;

/**
 * The gap table: the sub-district's compounds outside the walking time of each of the handbook's service
 * groups, the most residents affected first (the district-wide ranking, kept to this sub-district).
 */
@Component
class GapSection implements ReportSection {

    static final int ROWS = 30;

    /** A gap with its community's short name ("…社区" rather than "…社区居民委员会"). */
    record Row(Gap gap, String community) {
    }

    /** The first {@link #ROWS} gaps of {@code total}, across {@code groups} service groups. */
    record Data(List<Row> rows, int total, int groups) {
    }

    private final GapService gaps;
    private final ServiceCatalogue catalogue;

    GapSection(GapService gaps, ServiceCatalogue catalogue) {
        this.gaps = gaps;
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "planning/report-sections :: gaps";
    }

    @Override
    public Data data(ReportScope scope) {
        List<String> groups = catalogue.all().stream().filter(Category::isGroup).map(Category::code).toList();
        Set<Long> compounds = scope.compoundIds();
        Map<String, String> shortNames = scope.communities().stream()
                .collect(Collectors.toMap(Community::name, Community::shortName, (a, b) -> a));
        List<Gap> ours = gaps.gaps(groups, scope.minutes(), scope.speed(), scope.locale()).stream()
                .filter(g -> compounds.contains(g.compoundId())).toList();
        List<Row> rows = ours.stream().limit(ROWS)
                .map(g -> new Row(g, shortNames.getOrDefault(g.communityName(), g.communityName()))).toList();
        return new Data(rows, ours.size(), groups.size());
    }
}
