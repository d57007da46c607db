package org.lifecircle.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ChinaCoordinatesTest {

    static final LonLat ZHENGZHOU = LonLat.of(113.7, 34.76);
    static final long SEED = 20261122L;

    @Test
    void roundTripsAcrossChinaStayUnderADecimetre() {
        Random random = new Random(SEED);
        double worstGcj = 0;
        double worstBd = 0;
        for (int i = 0; i < 5_000; i++) {
            // mainland China proper, well inside the rough box
            LonLat wgs = LonLat.of(75 + random.nextDouble() * 59, 18 + random.nextDouble() * 35);
            worstGcj = Math.max(worstGcj, Haversine.metres(wgs,
                    ChinaCoordinates.gcj02ToWgs84(ChinaCoordinates.wgs84ToGcj02(wgs))));
            worstBd = Math.max(worstBd, Haversine.metres(wgs,
                    ChinaCoordinates.bd09ToWgs84(ChinaCoordinates.wgs84ToBd09(wgs))));
        }
        assertThat(worstGcj).as("WGS→GCJ→WGS worst error, seed %d", SEED).isLessThan(0.1);
        assertThat(worstBd).as("WGS→BD→WGS worst error, seed %d", SEED).isLessThan(0.1);
    }

    @Test
    void roundTripsAroundZhengzhouAreSubMillimetre() {
        for (double dLon = -0.1; dLon <= 0.1; dLon += 0.005) {
            for (double dLat = -0.1; dLat <= 0.1; dLat += 0.005) {
                LonLat wgs = LonLat.of(ZHENGZHOU.lon() + dLon, ZHENGZHOU.lat() + dLat);
                assertThat(Haversine.metres(wgs, ChinaCoordinates.gcj02ToWgs84(ChinaCoordinates.wgs84ToGcj02(wgs))))
                        .isLessThan(0.001);
                assertThat(Haversine.metres(wgs, ChinaCoordinates.toWgs84(CoordinateSystem.BD09,
                        ChinaCoordinates.fromWgs84(CoordinateSystem.BD09, wgs)))).isLessThan(0.001);
            }
        }
    }

    @Test
    void zhengzhouOffsetsAreWhatStandardsSay() {
        double gcj = Haversine.metres(ZHENGZHOU, ChinaCoordinates.wgs84ToGcj02(ZHENGZHOU));
        double bd = Haversine.metres(ZHENGZHOU, ChinaCoordinates.wgs84ToBd09(ZHENGZHOU));
        assertThat(gcj).isBetween(500.0, 600.0);
        assertThat(bd).isBetween(1200.0, 1400.0);
    }

    @Test
    void iterativeInverseBeatsTheOneStepInverse() {
        Random random = new Random(SEED);
        double worstIterative = 0;
        double worstOneStep = 0;
        for (int i = 0; i < 2_000; i++) {
            LonLat wgs = LonLat.of(75 + random.nextDouble() * 59, 18 + random.nextDouble() * 35);
            LonLat gcj = ChinaCoordinates.wgs84ToGcj02(wgs);
            worstIterative = Math.max(worstIterative, Haversine.metres(wgs, ChinaCoordinates.gcj02ToWgs84(gcj)));
            worstOneStep = Math.max(worstOneStep, Haversine.metres(wgs, ChinaCoordinates.gcj02ToWgs84OneStep(gcj)));
        }
        assertThat(worstIterative).as("seed %d", SEED).isLessThan(0.01);
        assertThat(worstOneStep).as("seed %d", SEED).isGreaterThan(0.1);
    }

    @Test
    void outsideChinaGcjIsWgs() {
        LonLat helsinki = LonLat.of(24.94, 60.17);
        LonLat monaco = LonLat.of(7.42, 43.73);
        assertThat(ChinaCoordinates.isInsideChina(helsinki)).isFalse();
        assertThat(ChinaCoordinates.wgs84ToGcj02(helsinki)).isEqualTo(helsinki);
        assertThat(ChinaCoordinates.gcj02ToWgs84(monaco)).isEqualTo(monaco);
        assertThat(ChinaCoordinates.toWgs84(CoordinateSystem.GCJ02, monaco)).isEqualTo(monaco);
        assertThat(ChinaCoordinates.isInsideChina(ZHENGZHOU)).isTrue();
        assertThat(ChinaCoordinates.isInsideChina(LonLat.of(137.8347, 55.8271))).isTrue();
        assertThat(ChinaCoordinates.isInsideChina(LonLat.of(137.8348, 40))).isFalse();
        assertThat(ChinaCoordinates.isInsideChina(LonLat.of(100, 0.8292))).isFalse();
    }

    @Test
    void wgsIsIdentity() {
        assertThat(ChinaCoordinates.toWgs84(CoordinateSystem.WGS84, ZHENGZHOU)).isEqualTo(ZHENGZHOU);
    }

    @Test
    void lonLatValidatesRanges() {
        assertThatThrownBy(() -> LonLat.of(181, 0)).hasMessageContaining("Longitude");
        assertThatThrownBy(() -> LonLat.of(0, -90.5)).hasMessageContaining("Latitude");
        assertThatThrownBy(() -> LonLat.of(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void haversineMatchesAKnownDistance() {
        // one degree of latitude on the mean sphere: 111.195 km
        assertThat(Haversine.metres(LonLat.of(113, 34), LonLat.of(113, 35))).isBetween(111_190.0, 111_200.0);
    }

    @Test
    void chineseSystemsAreDefinedOnlyInsideChina() {
        LonLat zhengzhou = new LonLat(113.7, 34.76);
        LonLat paris = new LonLat(2.35, 48.86);
        for (CoordinateSystem system : CoordinateSystem.values()) {
            assertThat(ChinaCoordinates.isDefined(system, zhengzhou)).as(system.name()).isTrue();
        }
        assertThat(ChinaCoordinates.isDefined(CoordinateSystem.WGS84, paris)).isTrue();
        assertThat(ChinaCoordinates.isDefined(CoordinateSystem.GCJ02, paris)).isFalse();
        assertThat(ChinaCoordinates.isDefined(CoordinateSystem.BD09, paris)).isFalse();
    }
}
