package org.lifecircle.planning.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.SubDistrict;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.coverage.CoverageReport;

/**
 * What one report is about, for its sections: the sub-district and its communities, the service, walking
 * time and speed asked for, the coverage of the service for the sub-district's communities (computed
 * district-wide, so walks across the border count), and the reader's language.
 */
public record ReportScope(SubDistrict subDistrict, List<Community> communities, String service, int minutes,
                          Speed speed, CoverageReport coverage, Locale locale, Texts texts) {

    /** The sub-district's compounds (those of its communities). */
    public Set<Long> compoundIds() {
        return coverage.compounds().stream().map(CoverageReport.CompoundAccess::id).collect(Collectors.toSet());
    }
}
