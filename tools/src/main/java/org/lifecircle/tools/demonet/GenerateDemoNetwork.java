package org.lifecircle.tools.demonet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lifecircle.engine.geo.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Generates the demo's approximate walking network of the Ruyi Lake area, an OSM file the app reads
 * like any real extract: {@code scripts/generate-demo-network.sh}, or this class with the repository
 * root as its argument. Same inputs, same bytes: nothing here is random or depends on the clock.
 * How it is made and what it cannot show: docs/DEMO-DATA.md, "Street network".
 */
public final class GenerateDemoNetwork {

    static final String STOPS = "tools/data/bus_stops_2013_bd09.csv";
    static final String COMPOUNDS = "app/src/main/resources/demo/compounds.csv";
    static final String OUTPUT = "app/src/main/resources/demo/network/ruyi-lake-approx.osm.gz";
    /** Stops this far outside the area still shape the roads that run into it. */
    static final double STOP_MARGIN_METRES = 600;

    static final String COMMENT = """
              APPROXIMATE walking network of Ruyi Lake (如意湖), Zhengdong New District, Zhengzhou.
              GENERATED, NOT OpenStreetMap data: do not upload it to OpenStreetMap.
              Area 113.70-113.76 E, 34.73-34.80 N. Made by scripts/generate-demo-network.sh
              (tools/src/main/java/org/lifecircle/tools/demonet/GenerateDemoNetwork.java); see docs/DEMO-DATA.md.
              Named roads: drawn through the positions of the 2013 Zhengzhou bus stops named after them
              (2013 bus-line data, 1,947 stops in and around Zhengdong, BD-09 converted to WGS-84).
              Local streets every 150-250 m inside blocks, the CBD park paths and the compound paths are invented.
              Use a real OpenStreetMap extract where one is available (README, "Street network").""";

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /**
     * What a run made.
     *
     * @param places        crossings and road points from the stops
     * @param leftOutStops  stops outvoted by other stops of the same name
     * @param compoundsInLake compounds whose position lies in the modelled lake (no path)
     * @param unconnectedWays street pieces dropped because they touch no other way
     * @param lakeCentre      centre of the modelled lake ({@link CbdPark}), WGS-84
     */
    record Summary(int places, List<String> leftOutStops, List<String> compoundsInLake, int unconnectedWays,
                   LonLat lakeCentre, OsmFile.Written written) {

        @Override
        public String toString() {
            return "places from stops: " + places + "\nstops left out: " + leftOutStops.size()
                    + leftOutStops.stream().map(s -> "\n  " + s).reduce("", String::concat)
                    + "\ncompounds in the lake (no path): " + compoundsInLake
                    + "\nunconnected pieces dropped: " + unconnectedWays
                    + "\nwritten: " + written.nodes() + " nodes, " + written.ways() + " ways " + written.waysByHighway();
        }
    }

    private GenerateDemoNetwork() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path out = root.resolve(OUTPUT);
        Summary summary = generate(root.resolve(STOPS), root.resolve(COMPOUNDS), out);
        System.out.println(summary + "\n→ " + out.normalize());
    }

    static Summary generate(Path stopsCsv, Path compoundsCsv, Path out) throws IOException {
        Region region = Region.RUYI_LAKE;
        LocalPlane plane = region.plane();
        Envelope box = region.envelope();
        Envelope near = new Envelope(box);
        near.expandBy(STOP_MARGIN_METRES);
        List<BusStops.Stop> stops = BusStops.read(stopsCsv);

        StopPlaces.Result places = StopPlaces.of(stops, plane, near);
        Arterials.Result arterials = Arterials.build(places.places());
        Geometry area = GEOMETRY.toGeometry(box);
        List<Way> roads = cut(arterials.ways(), area);
        Geometry park = GEOMETRY.createPolygon(arterials.innerRingLine().toArray(Coordinate[]::new));
        List<Way> streets = new ArrayList<>(roads);
        streets.addAll(cut(CbdPark.paths(arterials.innerRing(), arterials.innerRingJoints()), area));
        streets.addAll(cut(LocalStreets.fill(roads, box, park, builtUp(stops, plane, near)), area));
        CompoundPaths.Result compounds = CompoundPaths.connect(DemoPlaces.read(compoundsCsv), plane, streets,
                CbdPark.lake(arterials.innerRing()));
        streets.addAll(compounds.paths());
        LargestPart.Result connected = LargestPart.of(OsmFile.node(streets));
        OsmFile.Written written = OsmFile.write(out, connected.ways(), plane, region, COMMENT);
        return new Summary(places.places().size(), places.leftOut(), compounds.inLake(), connected.droppedWays(),
                plane.toLonLat(arterials.innerRing().centre()), written);
    }

    /** The ways' parts inside the area. */
    private static List<Way> cut(List<Way> ways, Geometry area) {
        List<Way> inside = new ArrayList<>();
        for (Way way : ways) {
            Geometry cut = GEOMETRY.createLineString(way.line().toArray(Coordinate[]::new)).intersection(area);
            for (int i = 0; i < cut.getNumGeometries(); i++) {
                if (cut.getGeometryN(i).getLength() > 0) {
                    inside.add(new Way(List.of(cut.getGeometryN(i).getCoordinates()), way.tags()));
                }
            }
        }
        return inside;
    }

    /** Land within {@link LocalStreets#BUILT_UP_METRES} of a stop. */
    private static Geometry builtUp(List<BusStops.Stop> stops, LocalPlane plane, Envelope near) {
        Coordinate[] at = stops.stream().map(s -> plane.toPlane(s.wgs84())).filter(near::contains).toArray(Coordinate[]::new);
        return GEOMETRY.createMultiPointFromCoords(at).buffer(LocalStreets.BUILT_UP_METRES, 8);
    }
}
