package org.lifecircle.planning.standards;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of the standards table: a service a tier must (▲ {@code required}) or may (△) offer within
 * {@code minutes} of walking, satisfied by any facility of the listed catalogue codes. No codes: the
 * catalogue has no such kind, so the registry cannot measure it. {@code metres} is the source's own
 * distance, shown beside the minutes; {@code version} counts the row's changes.
 */
public record Requirement(long id, StandardTier tier, String nameZh, String nameEn, List<String> codes, boolean required,
                          int minutes, Integer metres, String source, Confidence confidence, String note, int sortOrder,
                          boolean active, int version, String updatedBy, OffsetDateTime updatedAt) {

    @JsonProperty("measurable")
    public boolean measurable() {
        return !codes.isEmpty();
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String codesText() {
        return String.join("|", codes);
    }
}
