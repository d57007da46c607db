package org.lifecircle.tools.demonet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.lifecircle.engine.geo.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;

/**
 * Writes ways as an OpenStreetMap XML file (gzip), the format any OSM reader takes. Ways that cross
 * share a node at the crossing, as in real OSM data: the crossings are found by snap-rounding noding
 * on a {@value #GRID_METRES} m grid (JTS), which is robust to rounding, so that a street ending on
 * another one is joined to it. Output is deterministic: node and way ids count up in the order of the
 * ways, coordinates have 7 decimals, tags are sorted, and the gzip header carries no time.
 */
final class OsmFile {

    static final double GRID_METRES = 0.1;

    /** What was written. */
    record Written(int nodes, int ways, Map<String, Integer> waysByHighway) {
    }

    private OsmFile() {
    }

    /** Writes ways that are already noded ({@link #node}). */
    static Written write(Path out, List<Way> noded, LocalPlane plane, Region region, String comment) throws IOException {
        Map<String, Long> nodeIds = new LinkedHashMap<>();
        Map<String, Coordinate> nodeAt = new LinkedHashMap<>();
        Map<String, Integer> byHighway = new TreeMap<>();
        for (Way way : noded) {
            for (Coordinate c : way.line()) {
                String key = key(c);
                if (!nodeIds.containsKey(key)) {
                    nodeIds.put(key, (long) nodeIds.size() + 1);
                    nodeAt.put(key, c);
                }
            }
            byHighway.merge(way.highway(), 1, Integer::sum);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out);
             Writer xml = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            // the comment goes inside <osm>: readers (GraphHopper's) expect <osm> as the first element
            xml.write("<osm version=\"0.6\" generator=\"LifeCircle GenerateDemoNetwork\">\n");
            xml.write("<!--\n" + comment + "\n-->\n");
            xml.write(String.format(Locale.ROOT, "  <bounds minlat=\"%.7f\" minlon=\"%.7f\" maxlat=\"%.7f\" maxlon=\"%.7f\"/>\n",
                    region.south(), region.west(), region.north(), region.east()));
            for (Map.Entry<String, Long> node : nodeIds.entrySet()) {
                LonLat p = plane.toLonLat(nodeAt.get(node.getKey()));
                xml.write(String.format(Locale.ROOT, "  <node id=\"%d\" lat=\"%.7f\" lon=\"%.7f\"/>", node.getValue(), p.lat(), p.lon()));
                xml.write('\n');
            }
            long wayId = 1;
            for (Way way : noded) {
                xml.write("  <way id=\"" + wayId++ + "\">");
                for (Coordinate c : way.line()) {
                    xml.write("<nd ref=\"" + nodeIds.get(key(c)) + "\"/>");
                }
                for (Map.Entry<String, String> tag : way.tags().entrySet()) {
                    xml.write("<tag k=\"" + escape(tag.getKey()) + "\" v=\"" + escape(tag.getValue()) + "\"/>");
                }
                xml.write("</way>\n");
            }
            xml.write("</osm>\n");
        }
        return new Written(nodeIds.size(), noded.size(), byHighway);
    }

    /**
     * Splits nothing and merges nothing: every input way comes back with a vertex added wherever another
     * way crosses or touches it (a way the noder breaks into disconnected parts comes back as several).
     */
    static List<Way> node(List<Way> ways) {
        List<SegmentString> strings = new ArrayList<>();
        for (int i = 0; i < ways.size(); i++) {
            strings.add(new NodedSegmentString(ways.get(i).line().toArray(Coordinate[]::new), i));
        }
        SnapRoundingNoder noder = new SnapRoundingNoder(new PrecisionModel(1 / GRID_METRES));
        noder.computeNodes(strings);
        List<Way> result = new ArrayList<>();
        int current = -1;
        List<Coordinate> line = new ArrayList<>();
        for (Object o : noder.getNodedSubstrings()) {
            SegmentString piece = (SegmentString) o;
            int way = (Integer) piece.getData();
            Coordinate[] pts = piece.getCoordinates();
            boolean continues = way == current && !line.isEmpty() && line.get(line.size() - 1).equals2D(pts[0]);
            if (!continues) {
                addWay(result, line, current, ways);
                line = new ArrayList<>();
                current = way;
            }
            for (Coordinate c : pts) {
                if (line.isEmpty() || !line.get(line.size() - 1).equals2D(c)) {
                    line.add(c);
                }
            }
        }
        addWay(result, line, current, ways);
        return result;
    }

    private static void addWay(List<Way> result, List<Coordinate> line, int way, List<Way> ways) {
        if (line.size() >= 2) {
            result.add(new Way(line, ways.get(way).tags()));
        }
    }

    /** Node identity: the grid cell (noded coordinates lie exactly on the grid). */
    private static String key(Coordinate c) {
        return Math.round(c.x / GRID_METRES) + ":" + Math.round(c.y / GRID_METRES);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
