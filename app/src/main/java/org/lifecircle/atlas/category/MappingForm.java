package org.lifecircle.atlas.category;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A crosswalk rule: for OSM {@code key=value} or {@code key=*}; for AMap a type-code prefix of
 * 2 to 6 digits (empty only together with name keywords).
 */
public record MappingForm(@NotNull @Pattern(regexp = "OSM|AMAP") String source,
                          @NotNull @Size(max = 100) String pattern,
                          @Size(max = 200) String nameKeywords,
                          @Size(max = 300) String note) {

    boolean patternFitsSource() {
        boolean hasKeywords = nameKeywords != null && !nameKeywords.isBlank();
        return switch (source) {
            case "OSM" -> pattern.matches("[a-z_:]+=([^=\\s]+|\\*)");
            case "AMAP" -> pattern.matches("\\d{2,6}") || (pattern.isEmpty() && hasKeywords);
            default -> false;
        };
    }
}
