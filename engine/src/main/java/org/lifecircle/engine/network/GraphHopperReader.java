package org.lifecircle.engine.network;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.DefaultImportRegistry;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.ImportRegistry;
import com.graphhopper.routing.ev.ImportUnit;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.ev.SimpleBooleanEncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an OSM file with GraphHopper's OSM reader and foot-access tag rules and copies every walkable
 * edge into a {@link WalkNetwork} (islands not yet removed), with the way's {@code name} tag as the
 * edge's street name.
 *
 * <p>Why GraphHopper: it already parses PBF and XML (plain or gzip), splits ways at junctions, keeps
 * the shape points and knows OSM's foot-access tagging (highway types, {@code access}/{@code foot}
 * restrictions, barriers, {@code sidewalk} on roads pedestrians may otherwise not use). Our rules on top
 * of its foot tags are one custom model ({@link #walkModel()}): an edge is walkable in a direction
 * exactly when that model gives it a finite weight. Its speed is a constant (time-only, no preference
 * for nicer streets): we compute times ourselves from the lengths and the walking profile.
 */
final class GraphHopperReader {

    /** Our extra encoded value: the way is tagged with a sidewalk (GraphHopper only uses it for access). */
    static final String SIDEWALK = "lc_sidewalk";
    private static final Set<String> SIDEWALK_YES = Set.of("yes", "both", "left", "right");
    /** Every encoded value foot.json and our model read, declared explicitly (GraphHopper 11 requires it). */
    static final String ENCODED_VALUES = "foot_access, foot_priority, foot_average_speed, foot_road_access, "
            + "hike_rating, mtb_rating, country, road_class, road_environment, " + SIDEWALK;

    private GraphHopperReader() {
    }

    static CustomModel walkModel() {
        CustomModel m = new CustomModel();
        m.setDistanceInfluence(0d);
        // OSM foot access (highway types, access=private/no, foot=no, barriers) and no difficult hiking trails, as foot.json
        m.addToPriority(Statement.If("!foot_access || hike_rating >= 2", Statement.Op.MULTIPLY, "0"));
        // ferries are a timetable, not a walk; private roads stay out even where GraphHopper only discourages them
        m.addToPriority(Statement.If("road_environment == FERRY || foot_road_access == PRIVATE || foot_road_access == NO",
                Statement.Op.MULTIPLY, "0"));
        // motorways (GraphHopper already excludes them unless tagged sidewalk) and trunk roads need a sidewalk or foot=yes
        m.addToPriority(Statement.If("(road_class == MOTORWAY || road_class == TRUNK) && !" + SIDEWALK
                + " && foot_road_access != YES && foot_road_access != DESIGNATED", Statement.Op.MULTIPLY, "0"));
        m.addToSpeed(Statement.If("true", Statement.Op.LIMIT, "5"));
        return m;
    }

    static WalkNetwork read(Path osmFile, BoundingBox bbox) {
        Path work;
        try {
            work = Files.createTempDirectory("lifecircle-gh");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GraphHopper hopper = new GraphHopper();
        try {
            Profile profile = new Profile("walk").setCustomModel(walkModel());
            hopper.setOSMFile(osmFile.toString());
            hopper.setGraphHopperLocation(work.toString());
            hopper.setStoreOnFlush(false);
            hopper.setEncodedValuesString(ENCODED_VALUES);
            hopper.setImportRegistry(registry());
            hopper.setProfiles(profile);
            hopper.setMinNetworkSize(0); // we find and report the islands ourselves
            hopper.importOrLoad();
            Weighting weighting = hopper.createWeighting(profile, new PMap());
            EnumEncodedValue<RoadClass> roadClass = hopper.getEncodingManager()
                    .getEnumEncodedValue(RoadClass.KEY, RoadClass.class);
            return copy(hopper.getBaseGraph(), weighting, roadClass, bbox);
        } finally {
            hopper.close();
            deleteTree(work);
        }
    }

    private static WalkNetwork copy(BaseGraph graph, Weighting w, EnumEncodedValue<RoadClass> roadClass, BoundingBox bbox) {
        NodeAccess na = graph.getNodeAccess();
        int[] ourId = new int[graph.getNodes()];
        java.util.Arrays.fill(ourId, -1);
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        AllEdgesIterator it = graph.getAllEdges();
        while (it.next()) {
            boolean walkable = Double.isFinite(w.calcEdgeWeight(it, false)) || Double.isFinite(w.calcEdgeWeight(it, true));
            int u = it.getBaseNode();
            int v = it.getAdjNode();
            if (!walkable || bbox != null && !(bbox.contains(na.getLat(u), na.getLon(u)) && bbox.contains(na.getLat(v), na.getLon(v)))) {
                continue;
            }
            PointList pillars = it.fetchWayGeometry(FetchMode.PILLAR_ONLY);
            double[] lats = new double[pillars.size()];
            double[] lons = new double[pillars.size()];
            for (int i = 0; i < lats.length; i++) {
                lats[i] = pillars.getLat(i);
                lons[i] = pillars.getLon(i);
            }
            int e = b.addEdge(node(b, ourId, na, u), node(b, ourId, na, v), it.get(roadClass) == RoadClass.STEPS, lats, lons);
            b.setName(e, it.getName());
        }
        return b.build();
    }

    private static int node(WalkNetwork.Builder b, int[] ourId, NodeAccess na, int ghNode) {
        if (ourId[ghNode] < 0) {
            ourId[ghNode] = b.addNode(na.getLat(ghNode), na.getLon(ghNode));
        }
        return ourId[ghNode];
    }

    private static ImportRegistry registry() {
        DefaultImportRegistry defaults = new DefaultImportRegistry();
        return name -> SIDEWALK.equals(name)
                ? ImportUnit.create(name, props -> new SimpleBooleanEncodedValue(SIDEWALK),
                        (lookup, props) -> sidewalkParser(lookup.getBooleanEncodedValue(SIDEWALK)))
                : defaults.createImportUnit(name);
    }

    private static TagParser sidewalkParser(BooleanEncodedValue enc) {
        return (edgeId, access, way, relationFlags) -> enc.setBool(false, edgeId, access, hasSidewalk(way));
    }

    static boolean hasSidewalk(ReaderWay way) {
        return way.hasTag("sidewalk", SIDEWALK_YES) || way.hasTag("sidewalk:both", "yes")
                || way.hasTag("sidewalk:left", "yes") || way.hasTag("sidewalk:right", "yes");
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
