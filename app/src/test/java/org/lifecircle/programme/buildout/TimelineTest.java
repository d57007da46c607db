package org.lifecircle.programme.buildout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void barsRunFromStageToStageAndTheCurrentOneToTheDateLastReported() {
        PlannedCenter open = center(BuildStatus.OPEN, new KeyDates(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 7, 2), LocalDate.of(2017, 12, 31), LocalDate.of(2018, 1, 1)));
        PlannedCenter building = center(BuildStatus.UNDER_CONSTRUCTION,
                new KeyDates(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1), null, LocalDate.of(2018, 6, 30), null));
        List<PlannedCenter> centers = List.of(open, building);
        LocalDate asOf = Timeline.asOf(centers, LocalDate.of(2026, 1, 1));
        assertThat(asOf).as("the latest date reported, not the clock").isEqualTo(LocalDate.of(2018, 1, 1));

        Timeline timeline = Timeline.of(centers, asOf);
        // 2016-01-01 to 2019-01-01 (the last planned opening's year, inclusive): 1096 days
        assertThat(timeline.from()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(timeline.to()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(timeline.years()).extracting(Timeline.Tick::year).containsExactly(2016, 2017, 2018);
        assertThat(timeline.years()).extracting(Timeline.Tick::at).containsExactly(0.0, 33.4, 66.7);

        Timeline.Row first = timeline.rows().get(0);
        assertThat(first.bars()).extracting(Timeline.Bar::status).containsExactly(BuildStatus.values());
        assertThat(first.bars()).extracting(Timeline.Bar::to)
                .containsExactly(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 7, 2), LocalDate.of(2018, 1, 1), asOf);
        assertThat(first.plannedAt()).as("open: no planned marker").isNull();

        Timeline.Row second = timeline.rows().get(1);
        assertThat(second.bars()).extracting(Timeline.Bar::status)
                .containsExactly(BuildStatus.SITED, BuildStatus.UNDER_CONSTRUCTION);
        assertThat(second.bars().get(1).at() + second.bars().get(1).width()).isEqualTo(timeline.asOfAt());
        assertThat(second.plannedAt()).as("2018-06-30: 911 of 1096 days").isEqualTo(83.1);
        assertThat(second.overdue()).isFalse();
    }

    @Test
    void aPlannedOpeningBeforeTheDateReportedIsOverdue() {
        PlannedCenter late = center(BuildStatus.PREPARING, new KeyDates(LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 6, 1), LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30), null));
        Timeline timeline = Timeline.of(List.of(late), LocalDate.of(2018, 3, 31));
        assertThat(timeline.rows().get(0).overdue()).isTrue();
        assertThat(timeline.to()).as("the chart reaches the date reported").isEqualTo(LocalDate.of(2019, 1, 1));
    }

    static PlannedCenter center(BuildStatus status, KeyDates d) {
        return new PlannedCenter(1, "测试", 1, 1, "测试街道", status, null, null, null, null, null, null, null,
                d.sitedOn(), d.constructionStartedOn(), d.preparationStartedOn(), d.plannedOpeningOn(), d.openedOn(),
                null, false, null, List.of());
    }
}
