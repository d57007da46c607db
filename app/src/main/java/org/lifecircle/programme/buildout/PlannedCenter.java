package org.lifecircle.programme.buildout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A center of the build-out programme: where it is planned, how far it has come and when each
 * stage began, with its status history (oldest first).
 *
 * @param phase    1 (一期) or 2 (二期)
 * @param lon      planned position in WGS-84, null when not yet given; {@code source*} as entered
 * @param centerId the atlas registry's center once it exists, else null
 */
public record PlannedCenter(long id, String name, int phase, long subDistrictId, String subDistrictName,
                            BuildStatus status, String address, Double lon, Double lat, Double sourceLon,
                            Double sourceLat, String sourceCrs, BigDecimal floorAreaM2, LocalDate sitedOn,
                            LocalDate constructionStartedOn, LocalDate preparationStartedOn,
                            LocalDate plannedOpeningOn, LocalDate openedOn, Long centerId, boolean estimated,
                            String note, List<StatusChange> history) {

    public KeyDates dates() {
        return new KeyDates(sitedOn, constructionStartedOn, preparationStartedOn, plannedOpeningOn, openedOn);
    }

    public boolean hasPosition() {
        return lon != null;
    }

    /** Not open although its planned opening lies before {@code asOf}. */
    public boolean overdue(LocalDate asOf) {
        return status != BuildStatus.OPEN && plannedOpeningOn != null && plannedOpeningOn.isBefore(asOf);
    }

    PlannedCenter withSubDistrictName(String name) {
        return new PlannedCenter(id, this.name, phase, subDistrictId, name, status, address, lon, lat, sourceLon,
                sourceLat, sourceCrs, floorAreaM2, sitedOn, constructionStartedOn, preparationStartedOn,
                plannedOpeningOn, openedOn, centerId, estimated, note, history);
    }
}
