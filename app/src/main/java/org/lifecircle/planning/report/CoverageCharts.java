package org.lifecircle.planning.report;

import java.util.List;

import org.lifecircle.planning.coverage.CoverageReport.Bin;
import org.lifecircle.planning.coverage.CoverageReport.CommunityShare;

/**
 * The report's two charts as SVG, drawn on the server (the workspace's ECharts runs only in a browser):
 * the share of residents covered per community against the national and Shanghai targets, and the
 * residents by walking time, in the map's colours.
 */
final class CoverageCharts {

    static final double WIDTH = SubDistrictMap.WIDTH;
    /** Left of the bars: the community names. */
    static final double LABEL_WIDTH = 150;
    /** Bar length of a 100 % share. */
    static final double BAR_SPACE = WIDTH - LABEL_WIDTH - 50;
    static final double ROW = 22;
    private static final double TOP = 34;
    private static final String AXIS = "#868e96";
    private static final String MEETS = "#2b8a3e";
    private static final String SHORT = "#e03131";

    private CoverageCharts() {
    }

    /** One bar per community, in the given order; a bar is green when the community meets the national target. */
    static String communityShares(List<CommunityShare> communities, double nationalTarget, double shanghaiTarget,
                                  Texts texts) {
        double height = TOP + communities.size() * ROW + 24;
        double bottom = height - 20;
        Svg svg = new Svg(WIDTH, height);
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = LABEL_WIDTH + tick / 100.0 * BAR_SPACE;
            svg.element("path", "d", "M" + Svg.num(x) + " " + Svg.num(TOP - 4) + "V" + Svg.num(bottom), "stroke", "#e9ecef");
            svg.text(x, bottom + 14, tick + "%", "text-anchor", "middle", "font-size", 9, "fill", AXIS);
        }
        for (int i = 0; i < communities.size(); i++) {
            CommunityShare c = communities.get(i);
            double y = TOP + i * ROW;
            svg.text(LABEL_WIDTH - 8, y + 14, c.name(), "text-anchor", "end", "font-size", 10);
            svg.element("rect", "class", "bar", "x", LABEL_WIDTH, "y", y + 4, "width", c.share() * BAR_SPACE, "height", ROW - 8,
                    "fill", c.share() >= nationalTarget ? MEETS : SHORT);
            svg.text(LABEL_WIDTH + c.share() * BAR_SPACE + 4, y + 14, texts.get("percent", c.share() * 100), "font-size", 9);
        }
        // labels left of their lines, one above the other: the targets are close together
        target(svg, nationalTarget, texts.get("chart.national", nationalTarget * 100), TOP - 16, bottom);
        target(svg, shanghaiTarget, texts.get("chart.shanghai", shanghaiTarget * 100), TOP - 4, bottom);
        return svg.end();
    }

    /** One bar per walking-time bin, its height proportional to the residents in it. */
    static String walkingTimes(List<Bin> bins, Texts texts) {
        double height = 220;
        double left = 60;
        double top = 20;
        double bottom = height - 30;
        double most = bins.stream().mapToDouble(Bin::population).max().orElse(0);
        double axisMax = niceCeiling(most);
        Svg svg = new Svg(WIDTH, height);
        for (int tick = 0; tick <= 4; tick++) {
            double y = bottom - tick / 4.0 * (bottom - top);
            svg.element("path", "d", "M" + Svg.num(left) + " " + Svg.num(y) + "H" + Svg.num(WIDTH - 10), "stroke", "#e9ecef");
            svg.text(left - 6, y + 3, texts.get("count", Math.round(axisMax * tick / 4)), "text-anchor", "end", "font-size", 9,
                    "fill", AXIS);
        }
        double slot = (WIDTH - 10 - left) / bins.size();
        for (int i = 0; i < bins.size(); i++) {
            Bin b = bins.get(i);
            double barHeight = axisMax == 0 ? 0 : b.population() / axisMax * (bottom - top);
            double x = left + i * slot + slot * 0.15;
            svg.element("rect", "class", "bar", "x", x, "y", bottom - barHeight, "width", slot * 0.7, "height", barHeight,
                    "fill", SubDistrictMap.COLOURS.get(binClass(b)));
            svg.text(x + slot * 0.35, bottom - barHeight - 4, texts.get("count", Math.round(b.population())),
                    "text-anchor", "middle", "font-size", 9);
            svg.text(x + slot * 0.35, bottom + 14, binLabel(b, texts), "text-anchor", "middle", "font-size", 10);
        }
        svg.text(WIDTH - 10, height - 2, texts.get("chart.minutesAxis"), "text-anchor", "end", "font-size", 9, "fill", AXIS);
        return svg.end();
    }

    private static void target(Svg svg, double share, String label, double labelY, double bottom) {
        double x = LABEL_WIDTH + share * BAR_SPACE;
        svg.element("path", "class", "target", "d", "M" + Svg.num(x) + " " + Svg.num(labelY - 8) + "V" + Svg.num(bottom),
                "stroke", "#1971c2", "stroke-width", 1.2, "stroke-dasharray", "4 3");
        svg.text(x - 4, labelY, label, "text-anchor", "end", "font-size", 9, "fill", "#1971c2");
    }

    /** The map's colour class of a bin, from its middle (bins end where the classes do: 5, 10, 15 minutes). */
    private static int binClass(Bin b) {
        if (b.unreachable()) {
            return SubDistrictMap.timeClass(null);
        }
        return SubDistrictMap.timeClass(b.toMinutes() == null ? b.fromMinutes() : (b.fromMinutes() + b.toMinutes()) / 2.0);
    }

    private static String binLabel(Bin b, Texts texts) {
        if (b.unreachable()) {
            return texts.get("chart.unreachable");
        }
        return b.toMinutes() == null ? b.fromMinutes() + "+" : b.fromMinutes() + "–" + b.toMinutes();
    }

    /** The smallest 1, 2 or 5 × 10ⁿ at or above the value (0 stays 0), so that the axis ticks are round. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 0;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
