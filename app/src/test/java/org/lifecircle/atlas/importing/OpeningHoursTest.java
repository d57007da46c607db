package org.lifecircle.atlas.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningHoursTest {

    // 2026-11-23 is a Monday
    static LocalDateTime at(int dayOfMonth, int hour, int minute) {
        return LocalDateTime.of(2026, 11, dayOfMonth, hour, minute);
    }

    @Test
    void alwaysOpen() {
        OpeningHours hours = OpeningHours.parse("24/7");
        assertThat(hours.isOpen(at(23, 3, 0))).isTrue();
        assertThat(hours.isOpen(at(29, 23, 59))).isTrue();
    }

    @Test
    void bareTimesMeanEveryDay() {
        OpeningHours hours = OpeningHours.parse("08:00-21:00");
        assertThat(hours.isOpen(at(29, 8, 0))).isTrue();
        assertThat(hours.isOpen(at(29, 21, 0))).as("end is exclusive").isFalse();
        assertThat(hours.isOpen(at(23, 7, 59))).isFalse();
    }

    @Test
    void dayRangesListsAndSeveralRanges() {
        OpeningHours hours = OpeningHours.parse("Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00");
        assertThat(hours.isOpen(at(24, 10, 0))).isTrue();
        assertThat(hours.isOpen(at(24, 13, 0))).as("lunch").isFalse();
        assertThat(hours.isOpen(at(28, 10, 0))).as("Saturday").isTrue();
        assertThat(hours.isOpen(at(28, 15, 0))).isFalse();
        assertThat(hours.isOpen(at(29, 10, 0))).as("Sunday not named").isFalse();
        OpeningHours list = OpeningHours.parse("Mo,We,Fr 09:00-10:00");
        assertThat(list.isOpen(at(25, 9, 30))).isTrue();
        assertThat(list.isOpen(at(24, 9, 30))).isFalse();
    }

    @Test
    void pastMidnightRunsIntoTheNextDay() {
        OpeningHours hours = OpeningHours.parse("Fr-Sa 18:00-02:00");
        assertThat(hours.isOpen(at(28, 1, 30))).as("Saturday 01:30, from Friday").isTrue();
        assertThat(hours.isOpen(at(29, 1, 30))).as("Sunday 01:30, from Saturday").isTrue();
        assertThat(hours.isOpen(at(27, 1, 30))).as("Friday 01:30, Thursday closed").isFalse();
        assertThat(hours.isOpen(at(27, 17, 59))).isFalse();
    }

    @Test
    void laterRulesOverrideAndOffCloses() {
        OpeningHours hours = OpeningHours.parse("Mo-Su 08:00-20:00; Su off");
        assertThat(hours.isOpen(at(28, 9, 0))).isTrue();
        assertThat(hours.isOpen(at(29, 9, 0))).isFalse();
        assertThat(OpeningHours.parse("off").isAlwaysClosed()).isTrue();
        assertThat(OpeningHours.parse("Sa-Mo 10:00-11:00").isOpen(at(23, 10, 30))).as("wraps over Sunday").isTrue();
    }

    @Test
    void fullWidthPunctuationIsAccepted() {
        assertThat(OpeningHours.parse("08：00-21：00").isOpen(at(23, 12, 0))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8点到9点", "Mo-Fr", "Mx 08:00-09:00", "25:00-26:00", "08:00", "Mo-Fr 08:60-09:00", "PH off"})
    void rejectsWhatItDoesNotUnderstand(String text) {
        assertThatThrownBy(() -> OpeningHours.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
