package org.lifecircle.care.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lifecircle.care.PhoneNumber;
import org.lifecircle.care.privacy.Masks;
import org.lifecircle.shared.InvalidInputException;

class PhoneNumberTest {

    @Test
    void mobilesAndLandlinesAreNormalisedToDigits() {
        assertThat(PhoneNumber.parse("+86 138-1234-5678", "phone")).isEqualTo("13812345678");
        assertThat(PhoneNumber.parse("0371-6666 8888", "phone")).isEqualTo("037166668888");
        assertThat(PhoneNumber.parse("(010) 8888 6666", "phone")).isEqualTo("01088886666");
    }

    @Test
    void otherNumbersAreRefusedNamingTheField() {
        for (String bad : new String[] {"12812345678", "1381234567", "66668888", "abc"}) {
            assertThatThrownBy(() -> PhoneNumber.parse(bad, "contactPhone"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).field()).isEqualTo("contactPhone"));
        }
    }

    @Test
    void masksKeepThePrefixAndLastFour() {
        assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masks.phone("037166668888")).isEqualTo("0371****8888");
        assertThat(Masks.phone("01088886666")).isEqualTo("010****6666");
        assertThat(Masks.idNumber("41010519450307123X")).isEqualTo("4101**********123X");
        assertThat(Masks.address("绿城百合", "3号楼")).isEqualTo("绿城百合 3号楼 ****");
    }
}
