package org.lifecircle.directory.listing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.lifecircle.atlas.facility.Facility;

/**
 * A merchant or service point in a community's directory.
 *
 * @param minutes      the shortest walk from one of the community's compounds, null when none reaches it within the
 *                     directory's limit (it is listed because it is recorded in the community)
 * @param fromCompound the compound that walk starts from, null with {@code minutes}
 * @param stale        not verified within the configured period (or never)
 */
public record DirectoryEntry(Facility facility, Double minutes, String fromCompound, boolean stale) {

    public long id() {
        return facility.id();
    }

    public String name() {
        return facility.name();
    }

    public OffsetDateTime verifiedAt() {
        return facility.verifiedAt();
    }

    /** The day it was last verified, in China's time zone; null if never. */
    public LocalDate verifiedOn() {
        return facility.verifiedAt() == null ? null
                : facility.verifiedAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    /** The opening hours as a reader says them, in their language (see {@link HoursText}); null if not recorded. */
    public String hoursText(Locale locale) {
        return HoursText.of(facility.openingHours(), locale);
    }

    /** Whole minutes as printed: a walk of 0.4 minutes is "1 minute", never "0". */
    public Integer roundedMinutes() {
        return minutes == null ? null : (int) Math.max(1, Math.round(minutes));
    }
}
