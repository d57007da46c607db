package org.lifecircle.care.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lifecircle.shared.InvalidInputException;

class CareLevelTest {

    @Test
    void levelsChangeExactlyAtTheBandBoundaries() {
        assertThat(CareLevel.ofTotal(90)).isEqualTo(CareLevel.INTACT);
        assertThat(CareLevel.ofTotal(89)).isEqualTo(CareLevel.MILD);
        assertThat(CareLevel.ofTotal(66)).isEqualTo(CareLevel.MILD);
        assertThat(CareLevel.ofTotal(65)).isEqualTo(CareLevel.MODERATE);
        assertThat(CareLevel.ofTotal(46)).isEqualTo(CareLevel.MODERATE);
        assertThat(CareLevel.ofTotal(45)).isEqualTo(CareLevel.SEVERE);
        assertThat(CareLevel.ofTotal(30)).isEqualTo(CareLevel.SEVERE);
        assertThat(CareLevel.ofTotal(29)).isEqualTo(CareLevel.TOTAL);
        assertThat(CareLevel.ofTotal(0)).isEqualTo(CareLevel.TOTAL);
        assertThatThrownBy(() -> CareLevel.ofTotal(91)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CareLevel.ofTotal(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBandsCoverZeroToNinetyWithoutGapsOrOverlaps() {
        int expectedMin = 0;
        CareLevel[] ascending = {CareLevel.TOTAL, CareLevel.SEVERE, CareLevel.MODERATE, CareLevel.MILD, CareLevel.INTACT};
        for (CareLevel level : ascending) {
            assertThat(level.minTotal()).isEqualTo(expectedMin);
            expectedMin = level.maxTotal() + 1;
        }
        assertThat(expectedMin - 1).isEqualTo(Dimension.MAX_TOTAL);
        int sum = 0;
        for (Dimension d : Dimension.values()) {
            sum += d.max();
        }
        assertThat(sum).isEqualTo(Dimension.MAX_TOTAL);
    }

    @Test
    void scoresAddUpAndEachIsCheckedAgainstItsDimension() {
        assertThat(new Scores(32, 16, 22, 20).level()).isEqualTo(CareLevel.INTACT);
        assertThat(new Scores(32, 16, 22, 19).level()).isEqualTo(CareLevel.MILD);
        assertThat(new Scores(10, 10, 10, 0).total()).isEqualTo(30);
        assertThatThrownBy(() -> new Scores(33, 16, null, -1).checked())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("selfCare", "mentalState", "perceptionSocial"));
    }
}
