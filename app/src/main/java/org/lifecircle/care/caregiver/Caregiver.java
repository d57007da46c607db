package org.lifecircle.care.caregiver;

import java.time.LocalDate;
import java.util.List;

/**
 * A caregiver of one station.
 *
 * @param workingHours the weekly schedule in OpenStreetMap syntax ({@code Mo-Fr 08:00-17:00}), parsed with the
 *                     atlas' opening-hours parser, so route planning can ask when a shift starts and ends
 * @param username     the caregiver-role account this caregiver signs in with (their day's visits, alerts), if linked
 */
public record Caregiver(long id, long stationId, String stationName, String name, String nameInitials, String phone,
                        TravelMode travelMode, String workingHours, boolean active, List<Certificate> skills,
                        String username) {

    /** A skill with the certificate that proves it, if any; an expired certificate does not count. */
    public record Certificate(Skill skill, String certificateNo, LocalDate expiresOn) {

        public boolean validOn(LocalDate day) {
            return expiresOn == null || !expiresOn.isBefore(day);
        }
    }

    /** The engine's skill bit set on this day: skills whose certificate has not expired. */
    public long skillBits(LocalDate day) {
        return Skill.bits(skills.stream().filter(c -> c.validOn(day)).map(Certificate::skill).toList());
    }
}
