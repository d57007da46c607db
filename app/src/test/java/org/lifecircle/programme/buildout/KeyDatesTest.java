package org.lifecircle.programme.buildout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lifecircle.programme.buildout.BuildStatus.OPEN;
import static org.lifecircle.programme.buildout.BuildStatus.PREPARING;
import static org.lifecircle.programme.buildout.BuildStatus.SITED;
import static org.lifecircle.programme.buildout.BuildStatus.UNDER_CONSTRUCTION;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;

class KeyDatesTest {

    static final LocalDate TODAY = LocalDate.of(2018, 3, 31);
    static final LocalDate SITED_ON = LocalDate.of(2016, 3, 15);
    static final LocalDate STARTED = LocalDate.of(2016, 8, 1);
    static final LocalDate PREPARING_SINCE = LocalDate.of(2017, 12, 1);
    static final LocalDate OPENED = LocalDate.of(2018, 1, 18);

    /** A center that went through all four stages, as the demo's 体育公园 did. */
    static final KeyDates ALL_STAGES = new KeyDates(SITED_ON, STARTED, PREPARING_SINCE, LocalDate.of(2017, 12, 31), OPENED);

    @Test
    void datesInOrderUpToTheStatusAreFine() {
        assertThat(ALL_STAGES.problems(OPEN, TODAY)).isEmpty();
        assertThat(new KeyDates(SITED_ON, null, null, null, null).problems(SITED, TODAY)).isEmpty();
        assertThat(new KeyDates(SITED_ON, STARTED, null, LocalDate.of(2019, 6, 30), null)
                .problems(UNDER_CONSTRUCTION, TODAY)).as("a planned opening may lie in the future").isEmpty();
        assertThat(new KeyDates(SITED_ON, SITED_ON, SITED_ON, SITED_ON, SITED_ON).problems(OPEN, TODAY))
                .as("stages may begin on the same day").isEmpty();
    }

    @Test
    void aStageReachedNeedsItsDateAndAStageNotReachedMustHaveNone() {
        assertThat(fields(new KeyDates(SITED_ON, null, null, null, null).problems(PREPARING, TODAY)))
                .containsExactly("constructionStartedOn programme.date.required", "preparationStartedOn programme.date.required");
        assertThat(fields(ALL_STAGES.problems(UNDER_CONSTRUCTION, TODAY)))
                .containsExactly("preparationStartedOn programme.date.notReached", "openedOn programme.date.notReached");
        assertThat(fields(new KeyDates(null, null, null, null, null).problems(SITED, TODAY)))
                .containsExactly("sitedOn programme.date.required");
    }

    @Test
    void noStageBeginsBeforeTheOneBeforeIt() {
        KeyDates openedBeforeConstruction = new KeyDates(SITED_ON, STARTED, STARTED, null, STARTED.minusDays(1));
        List<FieldProblem> problems = openedBeforeConstruction.problems(OPEN, TODAY);
        assertThat(fields(problems)).containsExactly("openedOn programme.date.beforePrevious");
        assertThat(problems.get(0).args()).containsExactly(STARTED);
        assertThat(fields(new KeyDates(SITED_ON, SITED_ON.minusDays(1), null, null, null).problems(UNDER_CONSTRUCTION, TODAY)))
                .containsExactly("constructionStartedOn programme.date.beforePrevious");
    }

    @Test
    void noPlannedOpeningBeforeConstructionStartsOrBeforeTheSiteIsChosen() {
        assertThat(fields(new KeyDates(SITED_ON, STARTED, null, STARTED.minusDays(1), null).problems(UNDER_CONSTRUCTION, TODAY)))
                .containsExactly("plannedOpeningOn programme.date.plannedTooEarly");
        assertThat(fields(new KeyDates(SITED_ON, null, null, SITED_ON.minusDays(1), null).problems(SITED, TODAY)))
                .containsExactly("plannedOpeningOn programme.date.plannedTooEarly");
    }

    @Test
    void whatHappenedCannotLieInTheFuture() {
        assertThat(fields(new KeyDates(TODAY.plusDays(1), null, null, null, null).problems(SITED, TODAY)))
                .containsExactly("sitedOn programme.date.future");
        assertThat(new KeyDates(TODAY, null, null, null, null).problems(SITED, TODAY)).isEmpty();
    }

    @Test
    void aStatusChangeMovesOneStageForwardAndDatesTheNewStage() {
        KeyDates sited = new KeyDates(SITED_ON, null, null, LocalDate.of(2018, 12, 31), null);
        KeyDates started = sited.afterChange(SITED, UNDER_CONSTRUCTION, STARTED, SITED_ON, TODAY);
        assertThat(started).isEqualTo(new KeyDates(SITED_ON, STARTED, null, LocalDate.of(2018, 12, 31), null));
        assertThat(started.problems(UNDER_CONSTRUCTION, TODAY)).isEmpty();

        assertThat(problem(() -> sited.afterChange(SITED, PREPARING, STARTED, SITED_ON, TODAY)))
                .isEqualTo("status programme.status.oneStepAtATime");
        assertThat(problem(() -> sited.afterChange(SITED, SITED, STARTED, SITED_ON, TODAY)))
                .isEqualTo("status programme.status.unchanged");
    }

    @Test
    void aStatusChangeIsDatedNeitherBeforeTheHistoryNorInTheFuture() {
        KeyDates started = new KeyDates(SITED_ON, STARTED, null, null, null);
        assertThat(problem(() -> started.afterChange(UNDER_CONSTRUCTION, PREPARING, STARTED.minusDays(1), STARTED, TODAY)))
                .isEqualTo("date programme.date.beforePrevious");
        assertThat(problem(() -> started.afterChange(UNDER_CONSTRUCTION, PREPARING, TODAY.plusDays(1), STARTED, TODAY)))
                .isEqualTo("date programme.date.future");
        // after a setback recorded on 2018-02-01, nothing may be dated before it
        LocalDate setback = LocalDate.of(2018, 2, 1);
        assertThat(problem(() -> started.afterChange(UNDER_CONSTRUCTION, PREPARING, setback.minusDays(1), setback, TODAY)))
                .isEqualTo("date programme.date.beforePrevious");
    }

    @Test
    void goingBackUndoesTheLaterStages() {
        KeyDates back = ALL_STAGES.afterChange(OPEN, UNDER_CONSTRUCTION, TODAY, OPENED, TODAY);
        assertThat(back).isEqualTo(new KeyDates(SITED_ON, STARTED, null, ALL_STAGES.plannedOpeningOn(), null));
        assertThat(back.problems(UNDER_CONSTRUCTION, TODAY)).isEmpty();
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    private static String problem(Runnable change) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class, change::run);
        assertThat(thrown).isNotNull();
        return fields(thrown.problems()).get(0);
    }
}
