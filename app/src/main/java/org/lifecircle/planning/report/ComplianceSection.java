package org.lifecircle.planning.report;

import org.lifecircle.planning.standards.ComplianceOverview;
import org.lifecircle.planning.standards.ComplianceService;
import org.lifecircle.planning.standards.StandardTier;
import org.springframework.stereotype.Component;

/**
 * The standards compliance of the sub-district (from the standards package): each of its centers against
 * its own tier's required services, each of its communities against the 5-minute circle's.
 */
@Component
class ComplianceSection implements ReportSection {

    /** The tier a community's own services answer to (the compliance page's default too). */
    static final StandardTier COMMUNITY_TIER = StandardTier.CIRCLE_5;

    private final ComplianceService compliance;

    ComplianceSection(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String fragment() {
        return "planning/report-sections :: compliance";
    }

    @Override
    public ComplianceOverview data(ReportScope scope) {
        return compliance.overview(scope.speed(), COMMUNITY_TIER).of(scope.subDistrict().id());
    }
}
