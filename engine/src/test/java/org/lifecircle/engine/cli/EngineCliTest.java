package org.lifecircle.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.engine.access.CountTable;
import org.lifecircle.engine.access.Coverage;
import org.lifecircle.engine.access.CoverageTable;
import org.lifecircle.engine.access.FacilityCounts;
import org.lifecircle.engine.access.Isochrones;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.TestNetworks;
import org.lifecircle.engine.network.WalkNetwork;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool run in-process on the Monaco extract with the small CSVs of {@code src/test/resources/cli}: its
 * tables equal what the engine's API gives for the same points, the GeoJSON parses and holds the expected
 * features, and bad input gives exit code 2, {@code file:row:field} messages and no output.
 */
class EngineCliTest {

    private static final double[] SECONDS = {300, 600, 900};

    @TempDir
    static Path tmp;
    private static Run run;
    private static Inputs inputs;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    /** The test CSVs read here independently of the tool: positions, populations, groups, categories. */
    record Inputs(List<CSVRecord> compounds, List<CSVRecord> facilities, List<String> categories, List<String> groups) {
        double[] compoundLats() {
            return compounds.stream().mapToDouble(r -> Double.parseDouble(r.get("纬度"))).toArray();
        }

        double[] compoundLons() {
            return compounds.stream().mapToDouble(r -> Double.parseDouble(r.get("经度"))).toArray();
        }

        double[] facilityLats() {
            return facilities.stream().mapToDouble(r -> Double.parseDouble(r.get("lat"))).toArray();
        }

        double[] facilityLons() {
            return facilities.stream().mapToDouble(r -> Double.parseDouble(r.get("lon"))).toArray();
        }

        int[] categoryOf() {
            return facilities.stream().mapToInt(r -> categories.indexOf(r.get("category"))).toArray();
        }
    }

    @BeforeAll
    static void runOnMonaco() throws IOException {
        run = cli("--osm", resource("osm/monaco.osm.gz"), "--no-cache", "--threads", "2",
                "--compounds", resource("cli/compounds.csv"), "--facilities", resource("cli/facilities.csv"),
                "--isochrone-at", "7.4250,43.7370", "--isochrone-at", "7.4450,43.7250", "--out", tmp.resolve("out").toString());
        List<CSVRecord> compounds = readCsv(Path.of(resource("cli/compounds.csv")));
        List<CSVRecord> facilities = readCsv(Path.of(resource("cli/facilities.csv")));
        inputs = new Inputs(compounds, facilities,
                facilities.stream().map(r -> r.get("category")).distinct().toList(),
                compounds.stream().map(r -> r.get("社区")).distinct().toList());
    }

    @Test
    void coverageTableEqualsTheEngineApi() throws IOException {
        assertThat(run.code).as(run.err).isZero();
        WalkNetwork net = TestNetworks.monaco();
        TravelTimes tt = new TravelTimes(net, WalkingProfile.ADULT);
        Snapper snapper = Snapper.of(net);
        SnappedPoints origins = snapper.snapAll(inputs.compoundLats(), inputs.compoundLons(), true);
        SnappedPoints facilities = snapper.snapAll(inputs.facilityLats(), inputs.facilityLons(), true);
        int categories = inputs.categories().size();
        double[][] nearest = NearestFacility.byCategory(tt, facilities, inputs.categoryOf(), categories, origins);
        CountTable counts = FacilityCounts.count(tt, origins, facilities, inputs.categoryOf(), categories, SECONDS);

        List<CSVRecord> rows = readCsv(tmp.resolve("out/coverage.csv"));
        assertThat(rows).hasSize(inputs.compounds().size());
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("id", "name", "group", "wgs84_lon", "wgs84_lat",
                "snap_metres", "卫生服务站.minutes", "卫生服务站.within_5min", "卫生服务站.within_10min", "卫生服务站.within_15min",
                "菜市场.minutes");
        int reachedCells = 0;
        for (int o = 0; o < rows.size(); o++) {
            CSVRecord row = rows.get(o);
            CSVRecord input = inputs.compounds().get(o);
            assertThat(row.get("id")).isEqualTo(input.get("编号"));
            assertThat(row.get("name")).isEqualTo(input.get("名称"));
            assertThat(row.get("group")).isEqualTo(input.get("社区"));
            assertThat(Double.parseDouble(row.get("wgs84_lon"))).isEqualTo(Double.parseDouble(input.get("经度")));
            Snap snap = origins.get(o);
            assertThat(row.get("snap_metres")).isEqualTo(snap == null ? "" : String.format(Locale.ROOT, "%.1f", snap.offsetMetres()));
            for (int c = 0; c < categories; c++) {
                String category = inputs.categories().get(c);
                String expected = snap == null || Double.isInfinite(nearest[c][o]) ? ""
                        : String.format(Locale.ROOT, "%.2f", nearest[c][o] / 60);
                assertThat(row.get(category + ".minutes")).as("%s minutes of %s", category, row.get("id")).isEqualTo(expected);
                int[] minutes = {5, 10, 15};
                for (int t = 0; t < minutes.length; t++) {
                    assertThat(row.get(category + ".within_" + minutes[t] + "min")).as("%s within %d of %s", category, minutes[t], row.get("id"))
                            .isEqualTo(snap == null ? "" : Integer.toString(counts.count(o, c, t)));
                    reachedCells += snap != null && counts.count(o, c, t) > 0 ? 1 : 0;
                }
            }
        }
        assertThat(reachedCells).as("the test data reaches facilities").isGreaterThan(20);
    }

    @Test
    void summaryEqualsTheEngineCoverage() throws IOException {
        WalkNetwork net = TestNetworks.monaco();
        TravelTimes tt = new TravelTimes(net, WalkingProfile.ADULT);
        Snapper snapper = Snapper.of(net);
        SnappedPoints origins = snapper.snapAll(inputs.compoundLats(), inputs.compoundLons(), true);
        SnappedPoints facilities = snapper.snapAll(inputs.facilityLats(), inputs.facilityLons(), true);
        int categories = inputs.categories().size();
        double[][] nearest = NearestFacility.byCategory(tt, facilities, inputs.categoryOf(), categories, origins);
        double[] population = inputs.compounds().stream().mapToDouble(r -> Double.parseDouble(r.get("人口").replace(",", ""))).toArray();
        int[] groupOf = inputs.compounds().stream().mapToInt(r -> inputs.groups().indexOf(r.get("社区"))).toArray();
        CoverageTable cov = Coverage.compute(nearest, population, groupOf, inputs.groups().size(), SECONDS);

        Map<String, CSVRecord> byKey = new LinkedHashMap<>();
        for (CSVRecord r : readCsv(tmp.resolve("out/coverage-summary.csv"))) {
            byKey.put(r.get("level") + "|" + r.get("group") + "|" + r.get("category") + "|" + r.get("minutes"), r);
        }
        assertThat(byKey).hasSize(categories * 3 * (1 + inputs.groups().size()));
        for (int c = 0; c < categories; c++) {
            for (int t = 0; t < 3; t++) {
                String minutes = Integer.toString(5 * (t + 1));
                CSVRecord overall = byKey.get("overall||" + inputs.categories().get(c) + "|" + minutes);
                assertThat(Double.parseDouble(overall.get("population"))).isEqualTo(9000);
                assertThat(Double.parseDouble(overall.get("covered_population"))).isEqualTo(cov.overallCoveredPopulation(c, t));
                assertThat(overall.get("share")).isEqualTo(String.format(Locale.ROOT, "%.4f", cov.overallShare(c, t)));
                for (int g = 0; g < inputs.groups().size(); g++) {
                    CSVRecord group = byKey.get("group|" + inputs.groups().get(g) + "|" + inputs.categories().get(c) + "|" + minutes);
                    assertThat(Double.parseDouble(group.get("population"))).isEqualTo(cov.population(g));
                    assertThat(Double.parseDouble(group.get("covered_population"))).isEqualTo(cov.coveredPopulation(g, c, t));
                    assertThat(group.get("share")).isEqualTo(String.format(Locale.ROOT, "%.4f", cov.share(g, c, t)));
                }
            }
        }
        assertThat(run.out).contains("卫生服务站:").contains(String.format(Locale.ROOT, "15 min %.1f%%", 100 * cov.overallShare(0, 2)));
    }

    @Test
    void geoJsonHasAFeaturePerCategoryAndThresholdThenPerPointEqualToTheApi() throws IOException {
        JsonNode root = new ObjectMapper().readTree(tmp.resolve("out/isochrones.geojson").toFile());
        assertThat(root.path("type").asText()).isEqualTo("FeatureCollection");
        JsonNode features = root.path("features");
        // four categories and one point on land (the second point is at sea: reported, not drawn), three thresholds each
        assertThat(features).hasSize((inputs.categories().size() + 1) * 3);
        WalkNetwork net = TestNetworks.monaco();
        Isochrones iso = Isochrones.of(new TravelTimes(net, WalkingProfile.ADULT));
        Snapper snapper = Snapper.of(net);
        for (int c = 0; c < inputs.categories().size(); c++) {
            int category = c;
            int[] members = IntStream.range(0, inputs.facilities().size()).filter(f -> inputs.categoryOf()[f] == category).toArray();
            double[] lats = IntStream.of(members).mapToDouble(f -> inputs.facilityLats()[f]).toArray();
            double[] lons = IntStream.of(members).mapToDouble(f -> inputs.facilityLons()[f]).toArray();
            List<Isochrones.Isochrone> expected = iso.polygons(lats, lons, snapper.snapAll(lats, lons, true), SECONDS);
            for (int t = 0; t < 3; t++) {
                JsonNode f = features.get(3 * c + t);
                JsonNode p = f.path("properties");
                assertThat(p.path("kind").asText()).isEqualTo("category");
                assertThat(p.path("category").asText()).isEqualTo(inputs.categories().get(c));
                assertThat(p.path("facilities").asInt()).isEqualTo(members.length);
                assertThat(p.path("minutes").asInt()).isEqualTo(5 * (t + 1));
                assertThat(p.path("profile").asText()).isEqualTo("adult");
                assertThat(p.path("areaSquareMetres").asLong()).isEqualTo(Math.round(expected.get(t).areaSquareMetres())).isPositive();
                assertThat(f.path("geometry").toString()).isEqualTo(Isochrones.geometryJson(expected.get(t).lonLat()));
            }
        }
        JsonNode point = features.get(3 * inputs.categories().size()).path("properties");
        assertThat(point.path("kind").asText()).isEqualTo("point");
        assertThat(point.path("lon").asDouble()).isEqualTo(7.425);
        double pointArea = Math.round(iso.polygons(43.737, 7.425, snapper.snap(43.737, 7.425, true), SECONDS).get(0).areaSquareMetres());
        assertThat(point.path("areaSquareMetres").asDouble()).isEqualTo(pointArea);
    }

    @Test
    void pointsTooFarFromTheNetworkAreReportedAndListed() throws IOException {
        List<CSVRecord> unsnapped = readCsv(tmp.resolve("out/unsnapped.csv"));
        assertThat(unsnapped).extracting(r -> r.get("source").endsWith("compounds.csv") ? r.get("id") : r.get("source") + " " + r.get("row"))
                .containsExactly("C10", "--isochrone-at 2");
        assertThat(Double.parseDouble(unsnapped.get(0).get("distance_metres"))).isGreaterThan(1000);
        assertThat(run.err).contains("compounds.csv:11: '海上平台' is 1").contains("--isochrone-at 2: the point is 1");
    }

    @Test
    void plainProgressLinesWhenStderrIsNotATerminal() {
        assertThat(run.err).doesNotContain("\r")
                .contains("street network from monaco.osm.gz: walkable 1214 nodes")
                .contains("isochrones: categories 4, points 1")
                .contains("columns not used 未使用的列: 地址");
    }

    @Test
    void aBadRowGivesExitCode2NamingFileRowAndFieldAndWritesNothing() throws IOException {
        Path out = tmp.resolve("bad-out");
        // a copy of the extract in a folder of its own: the network cache would appear beside it
        Path osm = Files.createDirectories(tmp.resolve("bad-osm")).resolve("monaco.osm.gz");
        Files.copy(Path.of(resource("osm/monaco.osm.gz")), osm);
        Run bad = cli("--osm", osm.toString(), "--compounds", resource("cli/compounds.csv"),
                "--facilities", resource("cli/facilities-bad.csv"), "--out", out.toString());
        String file = resource("cli/facilities-bad.csv");
        assertThat(bad.code).isEqualTo(2);
        assertThat(bad.err.lines()).containsSubsequence(
                file + ":3:lon: not a number: '7.42x'",
                file + ":4:category: is blank",
                file + ":5:crs: GCJ02 coordinates exist only in China, but 7.4219,43.7361 is outside it: is the coordinate system right?",
                file + ":6:id: duplicate id 'F04' (first on row 5)",
                "Nothing written. 未写入任何文件。");
        assertThat(bad.err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(bad.out).isEmpty();
        assertThat(out).doesNotExist();
        try (var files = Files.list(osm.getParent())) {
            assertThat(files).as("no network cache: the input is checked before the import").containsExactly(osm);
        }
    }

    @Test
    void badOptionsGiveExitCode2WithTheReason() {
        Path out = tmp.resolve("option-out");
        Run zero = cli("--osm", "x.osm", "--compounds", "c.csv", "--facilities", "f.csv", "--out", out.toString(), "--thresholds", "5,0");
        assertThat(zero.code).isEqualTo(2);
        assertThat(zero.err).contains("error: --thresholds must be positive minutes, got 0");
        Run twice = cli("--osm", "x.osm", "--compounds", "c.csv", "--facilities", "f.csv", "--out", out.toString(), "--thresholds", "5,10,5");
        assertThat(twice.code).isEqualTo(2);
        assertThat(twice.err).contains("error: --thresholds has a value twice: [5.0, 10.0, 5.0]");
        Run profile = cli("--osm", "x.osm", "--compounds", "c.csv", "--facilities", "f.csv", "--out", out.toString(), "--profile", "runner");
        assertThat(profile.code).isEqualTo(2);
        assertThat(profile.err).contains("'runner' is not adult, elderly or wheelchair");
        Run missing = cli("--osm", "x.osm", "--compounds", "c.csv", "--facilities", "f.csv", "--out", out.toString());
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err.lines()).contains("x.osm: no such file", "c.csv: no such file", "f.csv: no such file");
        assertThat(out).doesNotExist();
    }

    @Test
    void profileSpeedAndThresholdsReachTheEngine() throws IOException {
        Path out = tmp.resolve("wheelchair");
        Run r = cli("--osm", resource("osm/monaco.osm.gz"), "--no-cache", "--quiet", "--no-isochrones",
                "--compounds", resource("cli/compounds.csv"), "--facilities", resource("cli/facilities.csv"),
                "--profile", "wheelchair", "--speed", "0.8", "--thresholds", "7.5,20", "--snap-limit", "100", "--out", out.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.err).as("quiet: only the warnings").doesNotContain("street network").contains("warning: ");

        WalkNetwork net = TestNetworks.monaco();
        WalkingProfile profile = WalkingProfile.WHEELCHAIR.withMetresPerSecond(0.8);
        TravelTimes tt = new TravelTimes(net, profile);
        Snapper snapper = Snapper.of(net).withMaxDistanceMetres(100);
        SnappedPoints origins = snapper.snapAll(inputs.compoundLats(), inputs.compoundLons(), false);
        SnappedPoints facilities = snapper.snapAll(inputs.facilityLats(), inputs.facilityLons(), false);
        double[][] nearest = NearestFacility.byCategory(tt, facilities, inputs.categoryOf(), inputs.categories().size(), origins);
        CountTable counts = FacilityCounts.count(tt, origins, facilities, inputs.categoryOf(), inputs.categories().size(), 450, 1200);
        List<CSVRecord> rows = readCsv(out.resolve("coverage.csv"));
        for (int o = 0; o < rows.size(); o++) {
            boolean snapped = origins.get(o) != null;
            String minutes = snapped && Double.isFinite(nearest[1][o]) ? String.format(Locale.ROOT, "%.2f", nearest[1][o] / 60) : "";
            assertThat(rows.get(o).get("菜市场.minutes")).isEqualTo(minutes);
            assertThat(rows.get(o).get("菜市场.within_7.5min")).isEqualTo(snapped ? Integer.toString(counts.count(o, 1, 0)) : "");
            assertThat(rows.get(o).get("菜市场.within_20min")).isEqualTo(snapped ? Integer.toString(counts.count(o, 1, 1)) : "");
        }
        // C08 lies 167 m from the network: beyond the 100 m limit it is reported too
        assertThat(readCsv(out.resolve("unsnapped.csv"))).extracting(u -> u.get("id")).contains("C08", "C10");
        JsonNode geo = new ObjectMapper().readTree(out.resolve("isochrones.geojson").toFile());
        assertThat(geo.path("features")).isEmpty();
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EngineCli.execute(false, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static String resource(String name) {
        try {
            return Path.of(EngineCliTest.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSV with a header row, UTF-8 with or without BOM. */
    static List<CSVRecord> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords());
    }
}
