package org.lifecircle.care.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.care.report.CareReport.CoverageReport;
import org.lifecircle.care.report.CareReport.Level;
import org.lifecircle.care.report.CareReport.Place;
import org.lifecircle.care.report.CareReportRepository.ElderCount;
import org.lifecircle.care.station.CareStation;
import org.lifecircle.shared.InvalidInputException;

/** The report's pure calculations: the period, working time from weekly hours, the coverage tally. */
class ReportCalculationsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void theDefaultPeriodIsTheLastThirtyDays() {
        ReportPeriod p = ReportPeriod.of(null, null, TODAY);
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(p.to()).isEqualTo(TODAY);
        assertThat(p.days()).isEqualTo(30);
    }

    @Test
    void oneEndGivenFillsTheOther() {
        assertThat(ReportPeriod.of(null, LocalDate.of(2026, 10, 31), TODAY).from()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(ReportPeriod.of(LocalDate.of(2026, 10, 1), null, TODAY).to()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(ReportPeriod.of(LocalDate.of(2026, 12, 1), null, TODAY).to()).isEqualTo(TODAY); // not past today
        assertThat(ReportPeriod.of(TODAY, TODAY, TODAY).days()).isEqualTo(1);
    }

    @Test
    void aBadPeriodNamesTheField() {
        assertThatThrownBy(() -> ReportPeriod.of(TODAY, TODAY.minusDays(1), TODAY)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("to"));
        assertThat(ReportPeriod.of(TODAY.minusDays(365), TODAY, TODAY).days()).isEqualTo(366);
        assertThatThrownBy(() -> ReportPeriod.of(TODAY.minusDays(366), TODAY, TODAY))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageKey()).isEqualTo("care.report.error.tooLong"));
    }

    @Test
    void workingTimeFromWeeklyHours() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        assertThat(WorkingTime.minutes("Mo-Fr 08:00-17:00", monday, monday.plusDays(6), Set.of())).isEqualTo(5 * 9 * 60);
        // a split shift, Saturday mornings, and an absent Tuesday
        assertThat(WorkingTime.minutes("Mo-Fr 08:00-12:00,13:00-17:00; Sa 09:00-12:00", monday, monday.plusDays(13),
                Set.of(monday.plusDays(1)))).isEqualTo((9 * 8 + 2 * 3) * 60);
        // a night shift counts for the day it starts
        assertThat(WorkingTime.minutes("Mo 22:00-06:00", monday, monday, Set.of())).isEqualTo(8 * 60);
        assertThat(WorkingTime.minutes("24/7", monday, monday.plusDays(1), Set.of())).isEqualTo(2 * 24 * 60);
        assertThat(WorkingTime.minutes("whenever", monday, monday, Set.of())).isZero();
    }

    @Test
    void coverageTally() {
        CareStation a = station(1, 10, "甲站");
        CareStation b = station(2, 20, "乙站");
        Map<Long, Compound> compounds = Map.of(100L, compound(100, 10, "近小区"), 200L, compound(200, 10, "远小区"),
                300L, compound(300, 20, "乙小区"), 400L, compound(400, 20, "路网外"));
        // station 1 reaches compound 100; station 2 reaches 300 and 100; 200 is 20 minutes from the nearest, 400 off the network
        Map<Long, Double> nearest = Map.of(100L, 120.0, 200L, 1200.0, 300L, 600.0, 400L, Double.POSITIVE_INFINITY);
        List<ElderCount> counts = List.of(new ElderCount(100, 1, 10, "SEVERE", 3), new ElderCount(100, 1, 10, "NONE", 1),
                new ElderCount(200, 1, 10, "MILD", 2), new ElderCount(300, 2, 20, "SEVERE", 4),
                new ElderCount(400, 2, 20, "TOTAL", 1), new ElderCount(100, 2, 10, "MILD", 5));
        CoverageReport r = ElderCoverage.tally(counts, List.of(a, b), compounds, Map.of(10L, "甲社区", 20L, "乙社区"),
                new Place(Level.DISTRICT, null, null, null), nearest, Set.of(400L),
                (station, compound) -> (station == 1 && compound == 100) || (station == 2 && (compound == 300 || compound == 100)));
        // station rows: their own elders (1: 3 + 1 + 2, of them 4 at compound 100; 2: 4 + 1 + 5, of them 4 + 5)
        assertThat(r.stations().get(0).elders()).isEqualTo(6);
        assertThat(r.stations().get(0).covered()).isEqualTo(4);
        assertThat(r.stations().get(1).elders()).isEqualTo(10);
        assertThat(r.stations().get(1).covered()).isEqualTo(9);
        // community rows: where the elders live, covered by any station
        assertThat(r.communities()).extracting(c -> c.place().name()).containsExactly("乙社区", "甲社区");
        CareReport.CoverageRow jia = r.communities().get(1);
        assertThat(jia.elders()).isEqualTo(11);
        assertThat(jia.covered()).isEqualTo(9);
        assertThat(jia.byLevel().keySet()).containsExactly("MILD", "SEVERE", "NONE"); // the standard's order, then not assessed
        assertThat(jia.byLevel().get("MILD")).isEqualTo(new CareReport.Count(7, 5));
        assertThat(r.total().elders()).isEqualTo(16);
        assertThat(r.total().covered()).isEqualTo(13);
        assertThat(r.total().share()).isEqualTo(13 / 16.0);
        assertThat(r.uncovered()).extracting(CareReport.UncoveredCompound::name).containsExactly("远小区", "路网外");
        assertThat(r.uncovered().get(0).minutes()).isEqualTo(20.0);
        assertThat(r.uncovered().get(1).minutes()).isNull();
        assertThat(r.uncovered().get(1).offNetwork()).isTrue();
        assertThat(r.minutes()).isEqualTo(15);
        assertThat(r.metresPerSecond()).isEqualTo(0.9);
    }

    private static CareStation station(long id, long community, String name) {
        return new CareStation(id, community, "社区", name, null, 113.7, 34.7, 113.7, 34.7, "WGS84", 0, null, List.of(), null);
    }

    private static Compound compound(long id, long community, String name) {
        return new Compound(id, community, "社区", name, null, null, null, BigDecimal.ZERO, 113.7, 34.7, 113.7, 34.7, "WGS84",
                false, null);
    }
}
