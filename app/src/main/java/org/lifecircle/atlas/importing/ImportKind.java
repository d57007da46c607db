package org.lifecircle.atlas.importing;

import java.util.Locale;

/** The lists LifeCircle imports, named as in the URL ({@code /api/v1/imports/compounds}). */
public enum ImportKind {
    DIVISIONS, COMPOUNDS, CENTERS, FACILITIES;

    /** The lower-case name used in URLs, file names and audit actions. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but the four slugs */
    public static ImportKind fromSlug(String slug) {
        for (ImportKind kind : values()) {
            if (kind.slug().equalsIgnoreCase(slug == null ? "" : slug.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown import kind: " + slug);
    }

    /** Whether rows of this kind are places (and so may come as GeoJSON). */
    public boolean hasPoints() {
        return this != DIVISIONS;
    }
}
