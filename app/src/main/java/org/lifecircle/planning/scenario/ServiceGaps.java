package org.lifecircle.planning.scenario;

import java.util.List;

import org.lifecircle.planning.coverage.CoverageReport;
import org.lifecircle.planning.coverage.CoverageReport.CompoundAccess;
import org.lifecircle.planning.scenario.CoverageDiff.CompoundChange;

/**
 * The gaps of one service the scenario touches (compounds outside the walking time), before and after: how
 * many and whom they affect (weighted as in the gap list: residents, or elderly residents for elder-care
 * services), and which gaps the scenario closes or opens.
 */
public record ServiceGaps(String service, String serviceName, boolean elderCare, Count before, Count after,
                          List<CompoundChange> closed, List<CompoundChange> opened) {

    /** Compounds outside the walking time and the people they hold (elderly people for elder care). */
    public record Count(int compounds, double weight) {
        static Count of(CoverageReport report, boolean elderCare) {
            int compounds = 0;
            double weight = 0;
            for (CompoundAccess c : report.compounds()) {
                if (!c.covered()) {
                    compounds++;
                    weight += elderCare ? c.population() * c.elderlyShare() : c.population();
                }
            }
            return new Count(compounds, weight);
        }
    }

    static ServiceGaps of(CoverageReport before, CoverageReport after, boolean elderCare) {
        List<CompoundChange> changed = CoverageDiff.of(before, after).compounds();
        return new ServiceGaps(before.service(), before.serviceName(), elderCare, Count.of(before, elderCare),
                Count.of(after, elderCare), changed.stream().filter(CompoundChange::newlyCovered).toList(),
                changed.stream().filter(CompoundChange::noLongerCovered).toList());
    }
}
