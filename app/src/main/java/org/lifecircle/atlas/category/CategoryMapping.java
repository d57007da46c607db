package org.lifecircle.atlas.category;

/** One rule of the POI crosswalk: an OSM tag or AMap type-code prefix (and name keywords). */
public record CategoryMapping(long id, long categoryId, String source, String pattern, String nameKeywords,
                              String note) {
}
