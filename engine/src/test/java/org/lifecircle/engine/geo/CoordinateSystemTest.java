package org.lifecircle.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinateSystemTest {

    @ParameterizedTest
    @CsvSource({"WGS84,WGS84", "wgs-84,WGS84", " GPS ,WGS84", "gcj02,GCJ02", "GCJ-02,GCJ02", "高德,GCJ02",
            "腾讯,GCJ02", "火星,GCJ02", "国测局,GCJ02", "BD09,BD09", "bd-09,BD09", "百度,BD09"})
    void parsesAliases(String text, CoordinateSystem expected) {
        assertThat(CoordinateSystem.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTM", "CGCS2000", " "})
    void rejectsUnknownNamingTheValue(String text) {
        assertThatThrownBy(() -> CoordinateSystem.parse(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + text + "'");
    }
}
