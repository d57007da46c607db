package org.lifecircle.planning.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lifecircle.planning.report.CoverageChartsTest.KEYS;
import static org.lifecircle.planning.report.SvgDocument.number;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifecircle.atlas.Tier;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.planning.coverage.CoverageReport.CompoundAccess;
import org.lifecircle.planning.coverage.CoverageReport.Point;
import org.lifecircle.planning.report.SubDistrictMap.Center;
import org.w3c.dom.Element;

/**
 * The printed map around four compounds a few hundred metres apart (near Ruyi Lake), with a named street
 * through them, an unnamed lane, and a street, a center and a service point 10 km away that must stay off
 * the map.
 */
class SubDistrictMapTest {

    static final double LON = 113.74;
    static final double LAT = 34.77;

    final WalkNetwork streets = streets();
    final List<CompoundAccess> compounds = List.of(compound(1, 3.0, 2500, 0, 0), compound(2, 12.0, 900, 0.004, 0.002),
            compound(3, null, 400, -0.003, 0.003), compound(4, 20.0, 100, 0.002, -0.004));

    @Test
    void compoundsAreColouredByWalkingTimeAndSizedByResidents() throws Exception {
        SvgDocument map = draw(List.of(), List.of());

        List<Element> circles = map.elements("circle", "compound");
        assertThat(circles).hasSize(4);
        // drawn largest first, so that small compounds beside big ones stay visible
        assertThat(circles).extracting(c -> c.getAttribute("fill")).containsExactly("#2b8a3e", "#f59f00", "#868e96", "#e03131");
        assertThat(circles).extracting(c -> number(c, "r")).containsExactly(10.0, 6.0, 4.0, 3.0);
        for (Element c : circles) {
            assertThat(number(c, "cx")).isBetween(0.0, SubDistrictMap.WIDTH);
            assertThat(number(c, "cy")).isBetween(0.0, SubDistrictMap.MAP_HEIGHT);
        }
    }

    @Test
    void streetsInViewAreDrawnAndFarOnesLeftOut() throws Exception {
        SvgDocument map = draw(List.of(), List.of());

        List<Element> paths = map.elements("path", "streets");
        String unnamed = paths.get(0).getAttribute("d");
        String named = paths.get(1).getAttribute("d");
        assertThat(named.chars().filter(c -> c == 'M')).hasSize(1);
        assertThat(named.chars().filter(c -> c == 'L')).hasSize(2); // one pillar: two segments
        assertThat(unnamed.chars().filter(c -> c == 'M')).as("the lane, not the street 10 km away").hasSize(1);
    }

    @Test
    void pointsAndCentersInViewAreDrawnTheFarOnesNotAndOnlyFifteenMinuteCentersNamed() throws Exception {
        SvgDocument map = draw(List.of(new Center("如意湖中心", Tier.CENTER_15, LON + 0.001, LAT),
                        new Center("如意湖街区", Tier.STREET_10, LON - 0.001, LAT), new Center("远处中心", Tier.CENTER_15, LON + 0.1, LAT)),
                List.of(new Point(1L, "药房", LON, LAT + 0.001), new Point(2L, "远处药房", LON + 0.1, LAT)));

        assertThat(map.elements("circle", "point")).hasSize(1);
        // the 15-minute center drawn last, on top
        assertThat(map.elements("circle", "center")).extracting(c -> number(c, "r")).containsExactly(4.5, 6.5);
        assertThat(map.texts()).contains("如意湖中心").doesNotContain("如意湖街区", "远处中心");
    }

    @Test
    void aCenterNameThatWouldRunOffTheMapIsSetLeftOfItsMark() throws Exception {
        MapView view = MapView.around(compounds, SubDistrictMap.WIDTH, SubDistrictMap.MAP_HEIGHT);
        double east = LON;
        while (view.x(east) < SubDistrictMap.WIDTH - 60) {
            east += 0.0001;
        }
        SvgDocument map = draw(List.of(new Center("如意湖办事处天时路便民服务中心", Tier.CENTER_15, east, LAT)), List.of());

        Element label = map.elements("text", null).stream().filter(t -> t.getTextContent().startsWith("如意湖"))
                .findFirst().orElseThrow();
        Element mark = map.elements("circle", "center").get(0);
        assertThat(label.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(number(label, "x")).isLessThan(number(mark, "cx"));
    }

    @Test
    void legendScaleBarAndNorthArrowArePresent() throws Exception {
        SvgDocument map = draw(List.of(), List.of());

        assertThat(map.texts()).contains("legend.title", "legend.5", "legend.10", "legend.15", "legend.more",
                "legend.unreachable", "legend.point[药房]", "legend.tier.CENTER_15", "legend.tier.STREET_10",
                "legend.tier.CIRCLE_5", "legend.street", "legend.size", "legend.approximate", "map.north");
        Element bar = map.elements("path", "scale-bar").get(0);
        String label = map.texts().stream().filter(t -> t.startsWith("map.scale")).findFirst().orElseThrow();
        int metres = Integer.parseInt(label.replaceAll("\\D", ""));
        double[] ends = java.util.Arrays.stream(bar.getAttribute("d").split("[MVH ]")).filter(s -> !s.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
        double length = ends[3] - ends[0];
        // the bar is as long as its label says, at the map's scale (the compounds span about 700 m east-west)
        double pixelsPerMetre = MapView.around(compounds, SubDistrictMap.WIDTH, SubDistrictMap.MAP_HEIGHT).pixelsPerMetre();
        assertThat(length).isCloseTo(metres * pixelsPerMetre, within(0.2));
        assertThat(length).isLessThanOrEqualTo(SubDistrictMap.WIDTH / 5);
    }

    @Test
    void onlyAnApproximateNetworkIsSaidToBeApproximate() throws Exception {
        SvgDocument map = new SvgDocument(SubDistrictMap.draw(streets, false, compounds, List.of(), List.of(), "药房", KEYS));
        assertThat(map.texts()).doesNotContain("legend.approximate");
    }

    private SvgDocument draw(List<Center> centers, List<Point> points) throws Exception {
        return new SvgDocument(SubDistrictMap.draw(streets, true, compounds, centers, points, "药房", KEYS));
    }

    private static CompoundAccess compound(long id, Double minutes, double population, double dLon, double dLat) {
        return new CompoundAccess(id, "小区" + id, 1, "甲社区", population, false, 0.1, LON + dLon, LAT + dLat, minutes,
                null, null, minutes != null && minutes <= 15, true);
    }

    private static WalkNetwork streets() {
        WalkNetwork.Builder b = new WalkNetwork.Builder();
        int west = b.addNode(LAT, LON - 0.004);
        int east = b.addNode(LAT, LON + 0.004);
        int north = b.addNode(LAT + 0.003, LON);
        int farA = b.addNode(LAT, LON + 0.1);
        int farB = b.addNode(LAT + 0.001, LON + 0.1);
        b.setName(b.addEdge(west, east, false, new double[]{LAT + 0.0005}, new double[]{LON}), "如意湖路");
        b.addEdge(north, east, false);
        b.addEdge(farA, farB, false);
        return b.build();
    }
}
