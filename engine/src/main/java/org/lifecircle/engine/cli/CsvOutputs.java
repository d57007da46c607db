package org.lifecircle.engine.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lifecircle.engine.access.CoverageTable;
import org.lifecircle.engine.network.Snap;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The three CSV outputs, UTF-8 with a BOM (so Excel shows Chinese names right; pandas and R read it too),
 * RFC 4180 quoting. Layouts are documented in docs/ENGINE.md ("Command line").
 */
final class CsvOutputs {

    private CsvOutputs() {
    }

    /**
     * One row per compound, in input order: who it is, where it joined the network, then for each category
     * the minutes to the nearest facility and the facilities within each threshold. Minutes are blank when
     * no facility of the category is reachable; minutes and counts are blank for a compound that was not
     * snapped (it is in unsnapped.csv).
     */
    static void coverage(Writer out, List<Compound> compounds, Analysis.Result r, Settings s) throws IOException {
        double[] minutes = s.thresholdMinutes();
        List<String> header = new ArrayList<>(List.of("id", "name", "group", "wgs84_lon", "wgs84_lat", "snap_metres"));
        for (String category : r.categories()) {
            header.add(category + ".minutes");
            for (double m : minutes) {
                header.add(category + ".within_" + Formats.number(m) + "min");
            }
        }
        try (CSVPrinter csv = printer(out, header)) {
            for (int o = 0; o < compounds.size(); o++) {
                Compound c = compounds.get(o);
                Snap snap = r.compoundSnaps().get(o);
                List<String> row = new ArrayList<>(List.of(c.id(), c.name(), c.group(), Formats.fixed(c.lon(), 7),
                        Formats.fixed(c.lat(), 7), snap == null ? "" : Formats.fixed(snap.offsetMetres(), 1)));
                for (int k = 0; k < r.categories().size(); k++) {
                    row.add(snap == null ? "" : Formats.minutes(r.nearestSeconds()[k][o]));
                    for (int t = 0; t < minutes.length; t++) {
                        row.add(snap == null ? "" : Integer.toString(r.counts().count(o, k, t)));
                    }
                }
                csv.printRecord(row);
            }
        }
    }

    /**
     * Population-weighted coverage: for each category and threshold, overall first, then each group in order
     * of appearance (only when the compounds file has a group column). Residents of unsnapped compounds
     * count as not covered but stay in the population.
     */
    static void summary(Writer out, boolean hasGroups, Analysis.Result r, Settings s) throws IOException {
        CoverageTable cov = r.coverage();
        double[] minutes = s.thresholdMinutes();
        try (CSVPrinter csv = printer(out, List.of("level", "group", "category", "minutes", "population", "covered_population", "share"))) {
            double total = 0;
            for (int g = 0; g < cov.groups(); g++) {
                total += cov.population(g);
            }
            for (int c = 0; c < cov.categories(); c++) {
                for (int t = 0; t < minutes.length; t++) {
                    csv.printRecord("overall", "", r.categories().get(c), Formats.number(minutes[t]), population(total),
                            population(cov.overallCoveredPopulation(c, t)), Formats.fixed(cov.overallShare(c, t), 4));
                }
            }
            for (int g = 0; hasGroups && g < cov.groups(); g++) {
                for (int c = 0; c < cov.categories(); c++) {
                    for (int t = 0; t < minutes.length; t++) {
                        csv.printRecord("group", r.groups().get(g), r.categories().get(c), Formats.number(minutes[t]),
                                population(cov.population(g)), population(cov.coveredPopulation(g, c, t)),
                                Formats.fixed(cov.share(g, c, t), 4));
                    }
                }
            }
        }
    }

    /** Points farther than the snap limit from the network, with the distance to the nearest usable edge. */
    static void unsnapped(Writer out, List<Unsnapped> points) throws IOException {
        try (CSVPrinter csv = printer(out, List.of("source", "row", "id", "name", "wgs84_lon", "wgs84_lat", "distance_metres"))) {
            for (Unsnapped u : points) {
                csv.printRecord(u.source(), u.row(), u.id(), u.name(), Formats.fixed(u.lon(), 7), Formats.fixed(u.lat(), 7),
                        Formats.fixed(u.distanceMetres(), 1));
            }
        }
    }

    /** Whole residents as whole numbers, estimates with fractions to 2 decimals. */
    private static String population(double p) {
        return p == Math.rint(p) ? Formats.number(p) : Formats.fixed(p, 2);
    }

    private static CSVPrinter printer(Writer out, List<String> header) throws IOException {
        out.write('\uFEFF');
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(new String[0])).get());
    }
}
