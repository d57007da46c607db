package org.lifecircle.planning.report;

/**
 * One part of the sub-district report, after its title block. Every section is a Spring bean and the
 * report prints them in {@link #order()}: the map (10), the coverage charts and figures (20), the gaps
 * (30), the standards compliance (40). A new part is one more bean with its fragment; nothing else
 * needs to change.
 */
public interface ReportSection {

    /** Position in the report, lower first. */
    int order();

    /**
     * The Thymeleaf fragment that prints the section, e.g. {@code planning/report-sections :: gaps}. It
     * reads the section's {@link #data} as the variable {@code data}, and {@code scope}; its texts are
     * message keys under {@code planning.report.}.
     */
    String fragment();

    /** What the fragment prints, for this report. */
    Object data(ReportScope scope);
}
