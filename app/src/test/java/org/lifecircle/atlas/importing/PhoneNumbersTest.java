package org.lifecircle.atlas.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13800000000|13800000000",
            "138 0000 0000|13800000000",
            "+86 138-0000-0000|13800000000",
            "0371-12345678|0371-12345678",
            "037112345678|0371-12345678",
            "(0371) 1234567|0371-1234567",
            "01012345678|010-12345678",
            "021-87654321|021-87654321",
            "0371-12345678-123|0371-12345678-123",
            "0371-12345678转8|0371-12345678-8",
            "0371-65551234/13800000000|0371-65551234/13800000000",
            "13800000000、13900000000；0371-1234567|13800000000/13900000000/0371-1234567"})
    void normalises(String input, String expected) {
        assertThat(PhoneNumbers.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12800000000", "1380000000", "0371-123456", "110", "abc", "0371-12345678-1234567"})
    void rejectsNamingThePart(String input) {
        assertThatThrownBy(() -> PhoneNumbers.normalise("13800000000/" + input))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankIsNull(String input) {
        assertThat(PhoneNumbers.normalise(input)).isNull();
    }
}
