package org.lifecircle.planning.report;

import java.util.Comparator;
import java.util.List;

import org.lifecircle.atlas.Tier;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.planning.coverage.CoverageReport.CompoundAccess;
import org.lifecircle.planning.coverage.CoverageReport.Point;

/**
 * The sub-district map of the printed report, drawn as SVG on the server (the workspace's Leaflet map
 * lives in the browser): the streets around the compounds, the compounds coloured by walking time to the
 * service as on the workspace map, the service's points and the service centers by tier, a scale bar, a
 * north arrow and, below the map, the legend.
 */
final class SubDistrictMap {

    /** The A4 text width (180 mm) in CSS pixels. */
    static final double WIDTH = 680;
    static final double MAP_HEIGHT = 470;
    static final double LEGEND_HEIGHT = 84;
    /** Walking-time classes (message keys legend.*) and their colours, as on the workspace map (planning.js). */
    static final List<String> CLASSES = List.of("5", "10", "15", "more", "unreachable");
    static final List<String> COLOURS = List.of("#2b8a3e", "#94d82d", "#f59f00", "#e03131", "#868e96");
    private static final String INK = "#1f2933";
    private static final String CENTER_FILL = "#ffd43b";
    private static final String POINT_STROKE = "#862e9c";
    private static final int[] SCALE_METRES = {50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000};

    /** A service center: the larger its tier, the larger its mark; only 15-minute centers are named (they are few). */
    record Center(String name, Tier tier, double lon, double lat) {
    }

    private SubDistrictMap() {
    }

    /**
     * The map of the compounds (at least one); {@code centers} and {@code points} outside the view are left
     * out. {@code approximateStreets}: the legend says that the streets are not real.
     */
    static String draw(WalkNetwork streets, boolean approximateStreets, List<CompoundAccess> compounds, List<Center> centers,
                       List<Point> points, String serviceName, Texts texts) {
        MapView view = MapView.around(compounds, WIDTH, MAP_HEIGHT);
        Svg svg = new Svg(WIDTH, MAP_HEIGHT + LEGEND_HEIGHT);
        svg.open("defs").open("clipPath", "id", "map-area").element("rect", "width", WIDTH, "height", MAP_HEIGHT)
                .close("clipPath").close("defs");
        svg.element("rect", "width", WIDTH, "height", MAP_HEIGHT, "fill", "#f8f9fa");
        svg.open("g", "clip-path", "url(#map-area)");
        streets(svg, streets, view);
        // big compounds first, so that small ones beside them stay visible
        compounds.stream().sorted(Comparator.comparingDouble(CompoundAccess::population).reversed()).forEach(c ->
                svg.element("circle", "class", "compound", "cx", view.x(c.lon()), "cy", view.y(c.lat()),
                        "r", radius(c.population()), "fill", COLOURS.get(timeClass(c.minutes())), "fill-opacity", 0.85,
                        "stroke", INK, "stroke-width", 0.6));
        points.stream().filter(p -> view.shows(p.lon(), p.lat())).forEach(p ->
                svg.element("circle", "class", "point", "cx", view.x(p.lon()), "cy", view.y(p.lat()), "r", 3.5,
                        "fill", "#ffffff", "stroke", POINT_STROKE, "stroke-width", 1.5));
        // the higher tiers on top: the 15-minute centers are the ones named
        centers.stream().filter(c -> view.shows(c.lon(), c.lat())).sorted(Comparator.comparing(Center::tier).reversed())
                .forEach(c -> center(svg, view.x(c.lon()), view.y(c.lat()), c));
        svg.close("g");
        svg.element("rect", "width", WIDTH, "height", MAP_HEIGHT, "fill", "none", "stroke", "#adb5bd");
        scaleBar(svg, view, texts);
        northArrow(svg, texts);
        legend(svg, serviceName, approximateStreets, texts);
        return svg.end();
    }

    /** Index into {@link #CLASSES} of a walk (null: unreachable), with the workspace map's bounds. */
    static int timeClass(Double minutes) {
        if (minutes == null) {
            return 4;
        }
        return minutes <= 5 ? 0 : minutes <= 10 ? 1 : minutes <= 15 ? 2 : 3;
    }

    /** Area grows with the residents, within limits that keep every compound visible and none a blot. */
    static double radius(double population) {
        return Math.max(3, Math.min(12, Math.sqrt(population) / 5));
    }

    /** Named streets darker and wider than the rest; one path each, of the edges that reach into the view. */
    private static void streets(Svg svg, WalkNetwork net, MapView view) {
        StringBuilder named = new StringBuilder();
        StringBuilder unnamed = new StringBuilder();
        for (int e = 0; e < net.edgeCount(); e++) {
            int n = net.pillarCount(e) + 2;
            double[] xy = new double[2 * n];
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                int node = i == 0 ? net.edgeFrom(e) : net.edgeTo(e);
                boolean end = i == 0 || i == n - 1;
                xy[2 * i] = view.x(end ? net.lon(node) : net.pillarLon(e, i - 1));
                xy[2 * i + 1] = view.y(end ? net.lat(node) : net.pillarLat(e, i - 1));
                minX = Math.min(minX, xy[2 * i]);
                maxX = Math.max(maxX, xy[2 * i]);
                minY = Math.min(minY, xy[2 * i + 1]);
                maxY = Math.max(maxY, xy[2 * i + 1]);
            }
            if (view.overlaps(minX, minY, maxX, maxY)) {
                StringBuilder path = net.edgeName(e).isEmpty() ? unnamed : named;
                for (int i = 0; i < n; i++) {
                    path.append(i == 0 ? 'M' : 'L').append(Svg.num(xy[2 * i])).append(' ').append(Svg.num(xy[2 * i + 1]));
                }
            }
        }
        svg.element("path", "class", "streets", "d", unnamed.isEmpty() ? "M0 0" : unnamed, "fill", "none",
                "stroke", "#aab4be", "stroke-width", 0.8);
        svg.element("path", "class", "streets named", "d", named.isEmpty() ? "M0 0" : named, "fill", "none",
                "stroke", "#7b8794", "stroke-width", 1.6);
    }

    private static void center(Svg svg, double x, double y, Center c) {
        svg.element("circle", "class", "center", "cx", x, "cy", y, "r", centerRadius(c.tier()), "fill", CENTER_FILL,
                "stroke", INK, "stroke-width", 1.2);
        if (c.tier() == Tier.CENTER_15) {
            // right of the mark, or left of it where the name would run off the map
            boolean left = x + 9 + Svg.width(c.name(), 9) > WIDTH;
            double labelX = left ? x - 9 : x + 9;
            String anchor = left ? "end" : "start";
            // a white outline under the label keeps it readable over streets and compounds
            svg.text(labelX, y + 3.5, c.name(), "font-size", 9, "text-anchor", anchor, "fill", "#ffffff", "stroke", "#ffffff",
                    "stroke-width", 2.5);
            svg.text(labelX, y + 3.5, c.name(), "font-size", 9, "text-anchor", anchor, "fill", INK);
        }
    }

    private static double centerRadius(Tier tier) {
        return switch (tier) {
            case CENTER_15 -> 6.5;
            case STREET_10 -> 4.5;
            case CIRCLE_5 -> 3;
        };
    }

    /** A bar of a round length, at most a fifth of the map wide, in the lower left corner. */
    private static void scaleBar(Svg svg, MapView view, Texts texts) {
        int metres = SCALE_METRES[0];
        for (int m : SCALE_METRES) {
            metres = m * view.pixelsPerMetre() <= WIDTH / 5 ? m : metres;
        }
        double length = metres * view.pixelsPerMetre();
        double x = 14;
        double y = MAP_HEIGHT - 14;
        svg.element("rect", "x", x - 6, "y", y - 20, "width", length + 12, "height", 28, "fill", "#ffffff", "fill-opacity", 0.85);
        svg.element("path", "class", "scale-bar", "d", "M" + Svg.num(x) + " " + Svg.num(y - 5) + "V" + Svg.num(y) + "H"
                + Svg.num(x + length) + "V" + Svg.num(y - 5), "fill", "none", "stroke", INK, "stroke-width", 1.5);
        svg.text(x + length / 2, y - 8, texts.get("map.scale", metres), "text-anchor", "middle", "font-size", 10);
    }

    private static void northArrow(Svg svg, Texts texts) {
        double x = WIDTH - 24;
        svg.element("path", "d", "M" + Svg.num(x) + " 14L" + Svg.num(x + 7) + " 34L" + Svg.num(x) + " 29L"
                + Svg.num(x - 7) + " 34Z", "fill", INK);
        svg.text(x, 48, texts.get("map.north"), "text-anchor", "middle", "font-size", 11);
    }

    /** Below the map: the walking-time colours; the other symbols; whether the streets are real. */
    private static void legend(Svg svg, String serviceName, boolean approximateStreets, Texts texts) {
        double y = MAP_HEIGHT + 22;
        double x = svg.textRun(0, y, texts.get("legend.title"), 10);
        for (int k = 0; k < CLASSES.size(); k++) {
            svg.element("circle", "cx", x + 12, "cy", y - 4, "r", 5, "fill", COLOURS.get(k), "stroke", INK, "stroke-width", 0.6);
            x = svg.textRun(x + 20, y, texts.get("legend." + CLASSES.get(k)), 10);
        }
        x = svg.textRun(x + 14, y, texts.get("legend.size"), 10);
        y += 22;
        svg.element("circle", "cx", 6, "cy", y - 4, "r", 3.5, "fill", "#ffffff", "stroke", POINT_STROKE, "stroke-width", 1.5);
        x = svg.textRun(14, y, texts.get("legend.point", serviceName), 10);
        for (Tier tier : Tier.values()) {
            svg.element("circle", "cx", x + 14, "cy", y - 4, "r", centerRadius(tier), "fill", CENTER_FILL, "stroke", INK,
                    "stroke-width", 1.2);
            x = svg.textRun(x + 24, y, texts.get("legend.tier." + tier), 10);
        }
        svg.element("path", "d", "M" + Svg.num(x + 8) + " " + Svg.num(y - 4) + "h16", "stroke", "#7b8794", "stroke-width", 1.6);
        svg.textRun(x + 28, y, texts.get("legend.street"), 10);
        if (approximateStreets) {
            svg.textRun(0, y + 22, texts.get("legend.approximate"), 10);
        }
    }
}
