package org.lifecircle.care.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lifecircle.engine.geo.Haversine;
import org.lifecircle.shared.InvalidInputException;

/** The position check: radius plus the phone's accuracy, the accuracy capped. */
class PlaceMatcherTest {

    static final double LON = 113.74;
    static final double LAT = 34.77;
    final PlaceMatcher matcher = new PlaceMatcher(150, 100);

    static Position east(double metres, Double accuracy) {
        return new Position(LON + metres / (Haversine.EARTH_RADIUS_M * Math.cos(Math.toRadians(LAT))) * 180 / Math.PI, LAT, accuracy);
    }

    @Test
    void withinTheRadiusPlusTheAccuracy() {
        PlaceMatcher.Match near = matcher.match(LON, LAT, east(140, null));
        assertThat(near.check()).isEqualTo(PositionCheck.MATCHED);
        assertThat(near.distance()).isCloseTo(140, within(0.01));
        assertThat(matcher.match(LON, LAT, east(160, null)).check()).isEqualTo(PositionCheck.MISMATCH);
        assertThat(matcher.match(LON, LAT, east(200, 60.0)).check()).isEqualTo(PositionCheck.MATCHED);
        assertThat(matcher.match(LON, LAT, east(200, 40.0)).check()).isEqualTo(PositionCheck.MISMATCH);
    }

    @Test
    void aVagueFixDoesNotMatchEverything() {
        // "within 3 km" counts as 100 m: 300 m away is still too far
        assertThat(matcher.match(LON, LAT, east(300, 3000.0)).check()).isEqualTo(PositionCheck.MISMATCH);
        assertThat(matcher.match(LON, LAT, east(245, 3000.0)).check()).isEqualTo(PositionCheck.MATCHED);
    }

    @Test
    void noPositionIsItsOwnCase() {
        PlaceMatcher.Match none = matcher.match(LON, LAT, Position.NONE);
        assertThat(none.check()).isEqualTo(PositionCheck.NO_POSITION);
        assertThat(none.distance()).isNull();
        assertThat(PositionCheck.MATCHED.worse(PositionCheck.NO_POSITION)).isEqualTo(PositionCheck.NO_POSITION);
        assertThat(PositionCheck.MISMATCH.worse(PositionCheck.NO_POSITION)).isEqualTo(PositionCheck.MISMATCH);
    }

    @Test
    void badCoordinatesNameTheField() {
        assertThatThrownBy(() -> PlaceMatcher.validate(new Position(113.7, null, 10.0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("lat"));
        assertThatThrownBy(() -> PlaceMatcher.validate(new Position(200.0, 34.0, 10.0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("lon"));
        assertThatThrownBy(() -> PlaceMatcher.validate(new Position(113.7, 34.0, -1.0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("accuracy"));
    }
}
