package org.lifecircle.planning.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;

/** A standards row is checked whole: every problem named by its field, known codes only, minutes 1–60, a source. */
class RequirementFormTest {

    static final Set<String> CATALOGUE = Set.of("supermarket", "convenience_store", "health");

    static RequirementForm valid() {
        RequirementForm form = new RequirementForm();
        form.setTier(StandardTier.CIRCLE_5);
        form.setNameZh("超市");
        form.setNameEn("Supermarket");
        form.setCodes(" supermarket | convenience_store |");
        form.setSource("GB 50180-2018 附录B");
        return form;
    }

    @Test
    void blankMinutesTakeTheTiersWalkAndCodesAreTrimmed() {
        RequirementForm form = valid();
        form.check(CATALOGUE);
        assertThat(form.effectiveMinutes()).isEqualTo(5);
        assertThat(form.codeList()).containsExactly("supermarket", "convenience_store");
        form.setTier(StandardTier.CENTER_15);
        assertThat(form.effectiveMinutes()).isEqualTo(15);
    }

    @Test
    void noCodesIsARowTheRegistryCannotMeasureNotAnError() {
        RequirementForm form = valid();
        form.setCodes("  ");
        form.check(CATALOGUE);
        assertThat(ServiceCodes.join(form.codeList())).isNull();
    }

    @Test
    void everyProblemIsNamedByItsFieldAtOnce() {
        RequirementForm form = valid();
        form.setCodes("supermarket|no_such_kind");
        form.setMinutes(61);
        form.setSource(" ");
        form.setMetres(0);
        form.setNameEn(null);
        assertThatThrownBy(() -> form.check(CATALOGUE)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).extracting(FieldProblem::field)
                    .containsExactlyInAnyOrder("codes", "minutes", "source", "metres", "nameEn");
            assertThat(e.problems()).filteredOn(p -> p.field().equals("codes")).singleElement()
                    .satisfies(p -> assertThat(p.args()).containsExactly("no_such_kind"));
        });
    }

    @Test
    void minutesOutsideOneToSixtyAreRefused() {
        for (int minutes : new int[]{0, -5, 61}) {
            RequirementForm form = valid();
            form.setMinutes(minutes);
            assertThatThrownBy(() -> form.check(CATALOGUE)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("minutes"));
        }
        RequirementForm noTier = valid();
        noTier.setTier(null);
        assertThatThrownBy(() -> noTier.check(CATALOGUE)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("tier"));
    }
}
