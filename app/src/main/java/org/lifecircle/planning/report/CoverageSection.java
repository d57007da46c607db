package org.lifecircle.planning.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifecircle.atlas.division.Community;
import org.lifecircle.planning.coverage.CoverageReport;
import org.lifecircle.planning.coverage.CoverageReport.CommunityShare;
import org.springframework.stereotype.Component;

/** The coverage of the service: the two charts, and the figures per community and for the sub-district. */
@Component
class CoverageSection implements ReportSection {

    /** A community of the sub-district; {@code share} null when it has no compounds registered. */
    record Row(String name, CommunityShare share) {
    }

    /** The charts are null when the sub-district has no compounds. */
    record Data(String sharesChart, String walkingTimesChart, List<Row> rows, CoverageReport.Share overall,
                double nationalTarget, double shanghaiTarget) {
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "planning/report-sections :: coverage";
    }

    @Override
    public Data data(ReportScope scope) {
        CoverageReport coverage = scope.coverage();
        Map<Long, CommunityShare> shares = coverage.communities().stream()
                .collect(Collectors.toMap(CommunityShare::id, Function.identity()));
        // communities in pinyin order, by their short names ("…社区" rather than "…社区居民委员会")
        List<Row> rows = scope.communities().stream()
                .map(c -> new Row(c.shortName(), shortened(shares.get(c.id()), c))).toList();
        List<CommunityShare> worstFirst = rows.stream().filter(r -> r.share() != null).map(Row::share)
                .sorted(Comparator.comparingDouble(CommunityShare::share)).toList();
        if (worstFirst.isEmpty()) {
            return new Data(null, null, rows, coverage.overall(), coverage.nationalTarget(), coverage.shanghaiTarget());
        }
        String sharesChart = CoverageCharts.communityShares(worstFirst, coverage.nationalTarget(), coverage.shanghaiTarget(),
                scope.texts());
        return new Data(sharesChart, CoverageCharts.walkingTimes(coverage.distribution(), scope.texts()), rows,
                coverage.overall(), coverage.nationalTarget(), coverage.shanghaiTarget());
    }

    private static CommunityShare shortened(CommunityShare share, Community community) {
        return share == null ? null
                : new CommunityShare(share.id(), community.shortName(), share.population(), share.covered(), share.share());
    }
}
