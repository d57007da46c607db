package org.lifecircle.engine.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OsmImporterTest {

    @TempDir
    Path tmp;

    static Path resource(String name) {
        try {
            return Path.of(OsmImporterTest.class.getResource("/osm/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportResult importRules() throws IOException {
        return OsmImporter.of(resource("rules.osm")).withMinNetworkSize(1).withoutCache().load();
    }

    /** The way with nodes at latitude {@code lat} (one per way in the fixture) was kept. */
    private static boolean hasWayAt(WalkNetwork net, double lat) {
        for (int e = 0; e < net.edgeCount(); e++) {
            if (Math.abs(net.lat(net.edgeFrom(e)) - lat) < 1e-6) {
                return true;
            }
        }
        return false;
    }

    @Test
    void walkingRulesKeepFootwaysStepsAndStreetsButNotMotorwaysPrivateFerriesOrTrunksWithoutSidewalk() throws IOException {
        WalkNetwork net = importRules().network();
        assertThat(hasWayAt(net, 10.0000)).as("footway").isTrue();
        assertThat(hasWayAt(net, 10.0010)).as("steps").isTrue();
        assertThat(hasWayAt(net, 10.0020)).as("motorway").isFalse();
        assertThat(hasWayAt(net, 10.0030)).as("private residential").isFalse();
        assertThat(hasWayAt(net, 10.0040)).as("trunk without sidewalk").isFalse();
        assertThat(hasWayAt(net, 10.0050)).as("trunk with sidewalk").isTrue();
        assertThat(hasWayAt(net, 10.0060)).as("ferry").isFalse();
        assertThat(hasWayAt(net, 10.0070)).as("living street").isTrue();
        assertThat(hasWayAt(net, 10.0080)).as("foot=no").isFalse();
        assertThat(hasWayAt(net, 10.0090)).as("trunk with foot=yes").isTrue();
        assertThat(hasWayAt(net, 10.0100)).as("motorway with a sidewalk").isTrue();
        assertThat(hasWayAt(net, 10.0110)).as("footway with access=no").isFalse();
        assertThat(net.edgeCount()).isEqualTo(6);
    }

    /** The street name of the edge whose first node lies at latitude {@code lat}. */
    private static String nameAt(WalkNetwork net, double lat) {
        for (int e = 0; e < net.edgeCount(); e++) {
            if (Math.abs(net.lat(net.edgeFrom(e)) - lat) < 1e-6) {
                return net.edgeName(e);
            }
        }
        throw new AssertionError("no edge at latitude " + lat);
    }

    @Test
    void streetNamesComeFromTheWayNameTagAndSurviveTheCache() throws IOException {
        Path src = Files.copy(resource("rules.osm"), tmp.resolve("rules.osm"));
        OsmImporter importer = OsmImporter.of(src).withMinNetworkSize(1);
        WalkNetwork imported = importer.load().network();
        assertThat(nameAt(imported, 10.0070)).isEqualTo("如意东路");
        assertThat(nameAt(imported, 10.0090)).isEqualTo("如意东路");
        assertThat(nameAt(imported, 10.0050)).isEqualTo("Huanghe Road & \"East\"");
        assertThat(nameAt(imported, 10.0000)).as("unnamed footway").isEmpty();
        ImportResult cached = importer.load();
        assertThat(cached.fromCache()).isTrue();
        assertThat(cached.network().sameContent(imported)).isTrue();
        assertThat(nameAt(cached.network(), 10.0070)).isEqualTo("如意东路");
        assertThat(nameAt(cached.network(), 10.0050)).isEqualTo("Huanghe Road & \"East\"");
    }

    @Test
    void theBuilderKeepsOneTableEntryPerDistinctName() {
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        int a = b.addNode(10, 20);
        int c = b.addNode(10, 20.001);
        int d = b.addNode(10, 20.002);
        int first = b.addEdge(a, c, false);
        int second = b.addEdge(c, d, false);
        int third = b.addEdge(a, d, false);
        b.setName(first, "农业东路");
        b.setName(third, "农业东路");
        WalkNetwork net = b.build();
        assertThat(net.edgeName(first)).isEqualTo("农业东路");
        assertThat(net.edgeName(second)).isEmpty();
        assertThat(net.edgeName(third)).isEqualTo("农业东路");
        assertThat(net.names).containsExactly("", "农业东路");
        assertThatThrownBy(() -> b.setName(7, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepsAreFlaggedAndTheFootwayKeepsItsShapeAndLength() throws IOException {
        WalkNetwork net = importRules().network();
        for (int e = 0; e < net.edgeCount(); e++) {
            double lat = net.lat(net.edgeFrom(e));
            assertThat(net.isSteps(e)).isEqualTo(Math.abs(lat - 10.001) < 1e-6);
            if (Math.abs(lat - 10.0) < 1e-6) {
                assertThat(net.pillarCount(e)).isEqualTo(1);
                assertThat(net.edgeLengthMetres(e)).isCloseTo(
                        EarthDistance.metres(10, 20, 10.0002, 20.001) + EarthDistance.metres(10.0002, 20.001, 10, 20.002), org.assertj.core.data.Offset.offset(0.1));
            }
        }
    }

    @Test
    void monacoImportsAndReloadsIdenticalFromTheCache() throws IOException {
        Path src = Files.copy(resource("monaco.osm.gz"), tmp.resolve("monaco.osm.gz"));
        ImportResult first = OsmImporter.load(src);
        ImportResult second = OsmImporter.load(src);
        System.out.println("Monaco: " + first.report() + "; import " + first.millis() + " ms, cache load "
                + second.millis() + " ms");
        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        assertThat(Files.exists(tmp.resolve("monaco.osm.gz.lcnet"))).isTrue();
        assertThat(second.network().sameContent(first.network())).isTrue();
        assertThat(second.report()).isEqualTo(first.report());
        assertThat(first.network().nodeCount()).isGreaterThan(500);
    }

    @Test
    void aChangedSourceOrOtherSettingsRebuildTheCache() throws IOException {
        Path src = Files.copy(resource("monaco.osm.gz"), tmp.resolve("monaco.osm.gz"));
        Path cacheDir = tmp.resolve("cache");
        OsmImporter importer = OsmImporter.of(src).withCacheDirectory(cacheDir);
        assertThat(importer.load().fromCache()).isFalse();
        assertThat(importer.cacheFile()).isEqualTo(cacheDir.resolve("monaco.osm.gz.lcnet"));
        assertThat(importer.load().fromCache()).isTrue();
        Files.setLastModifiedTime(src, FileTime.fromMillis(Files.getLastModifiedTime(src).toMillis() - 60_000));
        assertThat(importer.load().fromCache()).as("after touching the source").isFalse();
        assertThat(importer.load().fromCache()).isTrue();
        assertThat(importer.withMinNetworkSize(5).load().fromCache()).as("other settings").isFalse();
    }

    @Test
    void aCorruptCacheIsIgnored() throws IOException {
        Path src = Files.copy(resource("rules.osm"), tmp.resolve("rules.osm"));
        OsmImporter importer = OsmImporter.of(src).withMinNetworkSize(1);
        WalkNetwork net = importer.load().network();
        byte[] bytes = Files.readAllBytes(importer.cacheFile());
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(importer.cacheFile(), bytes);
        ImportResult again = importer.load();
        assertThat(again.fromCache()).isFalse();
        assertThat(again.network().sameContent(net)).isTrue();
    }

    @Test
    void andorraHasIslandsAndTheyAreReported() throws IOException {
        Path src = resource("andorra.osm.pbf");
        ImportResult all = OsmImporter.of(src).withMinNetworkSize(1).withoutCache().load();
        ImportResult dflt = OsmImporter.of(src).withoutCache().load();
        ImportResult largest = OsmImporter.of(src).withMinNetworkSize(Integer.MAX_VALUE).withoutCache().load();
        System.out.println("Andorra (keep all): " + all.report() + "; import " + all.millis() + " ms");
        System.out.println("Andorra (min 200): " + dflt.report() + "; islands " + dflt.report().dropped());
        System.out.println("Andorra (largest only): " + largest.report());
        ImportReport r = dflt.report();
        assertThat(r.components()).isGreaterThan(1);
        assertThat(r.dropped()).isNotEmpty();
        assertThat(r.keptNodes() + r.droppedNodes()).isEqualTo(r.walkableNodes());
        assertThat(r.dropped()).allSatisfy(i -> assertThat(i.nodes()).isLessThan(200));
        assertThat(all.report().dropped()).isEmpty();
        assertThat(all.network().nodeCount()).isEqualTo(r.walkableNodes());
        assertThat(largest.network().nodeCount()).isLessThanOrEqualTo(dflt.network().nodeCount());
        assertThat(largest.report().components() - 1).isEqualTo(largest.report().dropped().size());
        // a smaller minimum keeps more
        ImportResult min20 = OsmImporter.of(src).withMinNetworkSize(20).withoutCache().load();
        assertThat(min20.network().nodeCount()).isGreaterThan(dflt.network().nodeCount());
    }

    @Test
    void anUnreadableFileIsAnIoExceptionNamingTheFile() throws IOException {
        Path bad = Files.writeString(tmp.resolve("broken.osm"), "this is not OSM");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OsmImporter.of(bad).load())
                .isInstanceOf(IOException.class).hasMessageContaining("broken.osm");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OsmImporter.of(tmp.resolve("missing.osm.pbf")).load())
                .isInstanceOf(IOException.class).hasMessageContaining("missing.osm.pbf");
        assertThat(Files.exists(tmp.resolve("broken.osm.lcnet"))).isFalse();
    }

    @Test
    void aCacheThatCannotBeWrittenDoesNotFailTheImport() throws IOException {
        Path notADirectory = Files.writeString(tmp.resolve("file-in-the-way"), "x");
        ImportResult r = OsmImporter.of(resource("rules.osm")).withMinNetworkSize(1)
                .withCacheDirectory(notADirectory.resolve("cache")).load();
        assertThat(r.fromCache()).isFalse();
        assertThat(r.network().edgeCount()).isEqualTo(6);
    }

    @Test
    void aBoundingBoxCutsTheNetwork() throws IOException {
        Path src = resource("rules.osm");
        WalkNetwork cut = OsmImporter.of(src).withMinNetworkSize(1).withoutCache()
                .withBoundingBox(new BoundingBox(9.9, 19.9, 10.0015, 20.1)).load().network();
        assertThat(cut.edgeCount()).isEqualTo(2);
    }
}
