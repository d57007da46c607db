package org.lifecircle.planning.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.lifecircle.network.StreetNetwork;
import org.lifecircle.planning.coverage.CoverageReport.CompoundAccess;

/**
 * The title block: what the report is about and where its data came from, so that a printed copy
 * still says whether its streets were real and how many of its residents were estimated.
 *
 * @param networkFile          the street network's file name (not its path on the server)
 * @param estimatedCompounds   compounds whose population was estimated from households
 * @param personsPerHousehold  the factor of that estimate
 */
record Cover(String district, String subDistrict, String date, String serviceName, int minutes, String speed,
             boolean approximateStreets, String networkFile, int compounds, int estimatedCompounds, double population,
             double personsPerHousehold, int points) {

    static Cover of(ReportScope scope, StreetNetwork streets, double personsPerHousehold, LocalDate today) {
        Locale locale = scope.locale();
        boolean english = "en".equals(locale.getLanguage());
        var s = scope.subDistrict();
        var coverage = scope.coverage();
        return new Cover(english && s.districtNameEn() != null ? s.districtNameEn() : s.districtName(),
                english && s.nameEn() != null ? s.nameEn() : s.name(),
                today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                coverage.serviceName(), scope.minutes(), scope.speed().name(), streets.approximate(),
                Path.of(streets.source()).getFileName().toString(), coverage.compounds().size(),
                (int) coverage.compounds().stream().filter(CompoundAccess::populationEstimated).count(),
                coverage.overall().population(), personsPerHousehold, coverage.points().size());
    }
}
