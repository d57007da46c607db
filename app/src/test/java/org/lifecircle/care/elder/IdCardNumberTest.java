package org.lifecircle.care.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lifecircle.shared.InvalidInputException;

class IdCardNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** 17 digits and their check character. */
    static String valid(String seventeen) {
        return seventeen + IdCardNumber.checkCharacter(seventeen);
    }

    @Test
    void theStandardsWorkedExampleChecksOut() {
        // GB 11643-1999's example number 11010519491231002X: the check of these 17 digits is X
        assertThat(IdCardNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        IdCardNumber number = IdCardNumber.parse("11010519491231002x", "idNumber", TODAY);
        assertThat(number.value()).isEqualTo("11010519491231002X");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.sex()).isEqualTo(IdCardNumber.Sex.F); // serial 002: even
    }

    @Test
    void birthDateAndSexComeFromTheNumber() {
        IdCardNumber man = IdCardNumber.parse(valid("41010519450307123"), "idNumber", TODAY);
        assertThat(man.birthDate()).isEqualTo(LocalDate.of(1945, 3, 7));
        assertThat(man.sex()).isEqualTo(IdCardNumber.Sex.M);
        assertThat(IdCardNumber.parse(" " + valid("41010519450307124") + " ", "idNumber", TODAY).sex())
                .isEqualTo(IdCardNumber.Sex.F);
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheField() {
        String good = valid("41010519450307123");
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> IdCardNumber.parse(bad, "idNumber", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("idNumber");
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("care.idNumber.checksum");
                });
    }

    @Test
    void shapeAndBirthDateAreChecked() {
        assertThat(key("12345")).isEqualTo("care.idNumber.format");
        assertThat(key("01010519450307123X")).isEqualTo("care.idNumber.format");
        assertThat(key("")).isEqualTo("care.idNumber.required");
        assertThat(key(valid("41010519450230123"))).isEqualTo("care.idNumber.birthDate"); // 30 February
        assertThat(key(valid("41010520271207123"))).isEqualTo("care.idNumber.birthDate"); // not born yet
    }

    private static String key(String text) {
        try {
            IdCardNumber.parse(text, "idNumber", TODAY);
            return null;
        } catch (InvalidInputException e) {
            return e.problems().get(0).messageKey();
        }
    }
}
