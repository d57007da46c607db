package org.lifecircle.tools.demonet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.engine.geo.Haversine;
import org.lifecircle.engine.geo.LonLat;
import org.lifecircle.engine.network.ImportResult;
import org.lifecircle.engine.network.OsmImporter;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;

/**
 * The committed demo network: what the generator makes (byte for byte), readable by the engine's
 * importer like a real extract, one connected network over the area, with every demo compound and
 * center within the snapping limit, and no street across the lake. Run from the tools module, so
 * the repository root is {@code ..}.
 */
class DemoNetworkTest {

    static final Path ROOT = Path.of("..");
    static final Path COMMITTED = ROOT.resolve(GenerateDemoNetwork.OUTPUT);

    @TempDir
    static Path tmp;
    static GenerateDemoNetwork.Summary summary;
    static Path generated;
    static ImportResult imported;

    @BeforeAll
    static void generateAndImport() throws IOException {
        generated = tmp.resolve("first.osm.gz");
        summary = GenerateDemoNetwork.generate(ROOT.resolve(GenerateDemoNetwork.STOPS),
                ROOT.resolve(GenerateDemoNetwork.COMPOUNDS), generated);
        System.out.println("Generated demo network: " + summary);
        imported = OsmImporter.of(COMMITTED).withMinNetworkSize(1).withoutCache().load();
        System.out.println("Committed demo network: " + imported.report() + "; import " + imported.millis() + " ms");
    }

    @Test
    void regeneratingGivesTheCommittedFileByteForByte() throws IOException {
        Path again = tmp.resolve("second.osm.gz");
        GenerateDemoNetwork.generate(ROOT.resolve(GenerateDemoNetwork.STOPS), ROOT.resolve(GenerateDemoNetwork.COMPOUNDS), again);
        assertThat(Files.readAllBytes(again)).as("two runs").isEqualTo(Files.readAllBytes(generated));
        // compare the XML rather than the gzip bytes: another zlib may compress the same text differently
        assertThat(gunzip(generated)).as("the committed file is what scripts/generate-demo-network.sh makes; run it")
                .isEqualTo(gunzip(COMMITTED));
    }

    @Test
    void theFileSaysItIsApproximateAndCreditsTheBusStops() throws IOException {
        String xml = new String(gunzip(COMMITTED), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("APPROXIMATE", "NOT OpenStreetMap", "2013 bus-line data", "docs/DEMO-DATA.md");
    }

    @Test
    void itIsOneConnectedNetworkWithNamedRoads() {
        WalkNetwork net = imported.network();
        assertThat(imported.report().components()).as("connected parts; islands: " + imported.report().dropped()).isEqualTo(1);
        assertThat(net.nodeCount()).isGreaterThan(1000);
        Set<String> names = new HashSet<>();
        for (int e = 0; e < net.edgeCount(); e++) {
            names.add(net.edgeName(e));
        }
        assertThat(names).contains("商务内环路", "商务外环路", "农业东路", "东风东路", "中州大道", "九如路", "众意路",
                "黄河东路", "金水东路", "商务西三街", "");
    }

    @Test
    void itCoversTheAreaEveryTwoHundredAndFiftyMetres() {
        Snapper snapper = Snapper.of(imported.network());
        // the Ruyi Lake sub-district and the land south of it to 商都路. Not tested: north of 东风东路
        // (龙湖, no streets on purpose) and the last few hundred metres inside the box's southern and
        // eastern edges, where the stops and so the invented streets thin out
        int points = 0;
        for (double lat = 34.74; lat <= 34.785; lat += 0.00225) {
            for (double lon = 113.705; lon <= 113.755; lon += 0.00275) {
                assertThat(snapper.snap(lat, lon, true)).as("a street within 300 m of %.5f, %.5f", lat, lon).isNotNull();
                points++;
            }
        }
        assertThat(points).isGreaterThan(350);
    }

    @Test
    void everyDemoCompoundAndCenterSnapsWithinThreeHundredMetres() throws IOException {
        Snapper snapper = Snapper.of(imported.network());
        for (String file : List.of("compounds.csv", "centers.csv")) {
            List<DemoPlaces.Named> places = DemoPlaces.read(ROOT.resolve("app/src/main/resources/demo").resolve(file));
            double[] lats = places.stream().mapToDouble(p -> p.wgs84().lat()).toArray();
            double[] lons = places.stream().mapToDouble(p -> p.wgs84().lon()).toArray();
            SnappedPoints snapped = snapper.snapAll(lats, lons, true);
            assertThat(snapped.unsnapped()).as(file + " beyond 300 m").isEmpty();
            double farthest = 0;
            for (int i = 0; i < snapped.size(); i++) {
                farthest = Math.max(farthest, snapped.get(i).offsetMetres());
            }
            System.out.printf("%s: %d places, farthest %.0f m from a street%n", file, places.size(), farthest);
        }
    }

    @Test
    void noStreetCrossesTheLake() {
        WalkNetwork net = imported.network();
        LonLat centre = summary.lakeCentre();
        for (int e = 0; e < net.edgeCount(); e++) {
            double previousLat = net.lat(net.edgeFrom(e));
            double previousLon = net.lon(net.edgeFrom(e));
            for (int p = 0; p <= net.pillarCount(e); p++) {
                double lat = p < net.pillarCount(e) ? net.pillarLat(e, p) : net.lat(net.edgeTo(e));
                double lon = p < net.pillarCount(e) ? net.pillarLon(e, p) : net.lon(net.edgeTo(e));
                // the segment's closest approach to the centre, sampled every metre or so
                int steps = 1 + (int) Haversine.metres(new LonLat(previousLon, previousLat), new LonLat(lon, lat));
                for (int s = 0; s <= steps; s++) {
                    LonLat at = new LonLat(previousLon + (lon - previousLon) * s / steps, previousLat + (lat - previousLat) * s / steps);
                    assertThat(Haversine.metres(at, centre)).as("edge %d (%s)", e, net.edgeName(e))
                            .isGreaterThan(CbdPark.LAKE_RADIUS_METRES);
                }
                previousLat = lat;
                previousLon = lon;
            }
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
