package org.lifecircle.atlas.exporting;

import java.util.Locale;

import org.springframework.http.MediaType;

/** The file formats lists are exported in. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    GEOJSON("application/geo+json");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return MediaType.parseMediaType(mediaType);
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown extension */
    public static ExportFormat fromExtension(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }
}
