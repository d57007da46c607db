package org.lifecircle.planning.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lifecircle.planning.report.SvgDocument.number;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifecircle.planning.coverage.CoverageReport.Bin;
import org.lifecircle.planning.coverage.CoverageReport.CommunityShare;
import org.w3c.dom.Element;

class CoverageChartsTest {

    /** Shows each text as its key and arguments, so that assertions see which text went where. */
    static final Texts KEYS = (key, args) -> args.length == 0 ? key : key + Arrays.toString(args);

    @Test
    void barsAreAsLongAsTheSharesAndGreenOnlyWhereTheNationalTargetIsMet() throws Exception {
        List<CommunityShare> communities = List.of(new CommunityShare(1, "甲社区", 400, 100, 0.25),
                new CommunityShare(2, "乙社区", 400, 200, 0.5), new CommunityShare(3, "丙社区", 400, 360, 0.9));

        SvgDocument chart = new SvgDocument(CoverageCharts.communityShares(communities, 0.85, 0.99, KEYS));

        List<Element> bars = chart.elements("rect", "bar");
        assertThat(bars).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(number(bars.get(i), "width")).isCloseTo(communities.get(i).share() * CoverageCharts.BAR_SPACE, within(0.05));
            assertThat(number(bars.get(i), "x")).isEqualTo(CoverageCharts.LABEL_WIDTH);
        }
        assertThat(bars).extracting(b -> b.getAttribute("fill")).containsExactly("#e03131", "#e03131", "#2b8a3e");
        assertThat(chart.texts()).contains("甲社区", "乙社区", "丙社区", "percent[25.0]", "percent[90.0]",
                "chart.national[85.0]", "chart.shanghai[99.0]");
    }

    @Test
    void targetLinesStandAtEightyFiveAndNinetyNinePercent() throws Exception {
        SvgDocument chart = new SvgDocument(CoverageCharts.communityShares(
                List.of(new CommunityShare(1, "甲社区", 10, 10, 1.0)), 0.85, 0.99, KEYS));

        List<Element> targets = chart.elements("path", "target");
        assertThat(targets).extracting(t -> t.getAttribute("d").split("[MV ]")[1]).map(Double::parseDouble)
                .containsExactly(round(CoverageCharts.LABEL_WIDTH + 0.85 * CoverageCharts.BAR_SPACE),
                        round(CoverageCharts.LABEL_WIDTH + 0.99 * CoverageCharts.BAR_SPACE));
    }

    @Test
    void walkingTimeBarsAreAsHighAsTheResidentsInTheMapsColours() throws Exception {
        List<Bin> bins = List.of(new Bin(0, 5, false, 1000), new Bin(5, 10, false, 500), new Bin(10, 15, false, 250),
                new Bin(15, 20, false, 0), new Bin(20, 30, false, 100), new Bin(30, null, false, 50), new Bin(0, null, true, 200));

        SvgDocument chart = new SvgDocument(CoverageCharts.walkingTimes(bins, KEYS));

        List<Element> bars = chart.elements("rect", "bar");
        assertThat(bars).hasSize(7);
        double perResident = number(bars.get(0), "height") / 1000;
        for (int i = 0; i < bins.size(); i++) {
            assertThat(number(bars.get(i), "height")).isCloseTo(bins.get(i).population() * perResident, within(0.1));
        }
        assertThat(bars).extracting(b -> b.getAttribute("fill")).containsExactly(SubDistrictMap.COLOURS.get(0),
                SubDistrictMap.COLOURS.get(1), SubDistrictMap.COLOURS.get(2), SubDistrictMap.COLOURS.get(3),
                SubDistrictMap.COLOURS.get(3), SubDistrictMap.COLOURS.get(3), SubDistrictMap.COLOURS.get(4));
        assertThat(chart.texts()).contains("0–5", "30+", "chart.unreachable", "count[1000]");
    }

    @Test
    void axesEndAtRoundNumbers() {
        assertThat(CoverageCharts.niceCeiling(0)).isZero();
        assertThat(CoverageCharts.niceCeiling(7)).isEqualTo(10);
        assertThat(CoverageCharts.niceCeiling(12)).isEqualTo(20);
        assertThat(CoverageCharts.niceCeiling(4200)).isEqualTo(5000);
        assertThat(CoverageCharts.niceCeiling(1000)).isEqualTo(1000);
    }

    private static double round(double x) {
        return Double.parseDouble(Svg.num(x));
    }
}
