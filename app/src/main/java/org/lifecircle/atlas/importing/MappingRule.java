package org.lifecircle.atlas.importing;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the category_mapping table: POIs from {@code source} (OSM or AMAP) matching
 * {@code pattern} land in the category, if any of the name keywords (when given) occurs in
 * the name.
 */
public record MappingRule(long categoryId, String source, String pattern, List<String> nameKeywords) {

    public MappingRule {
        nameKeywords = nameKeywords == null ? List.of() : List.copyOf(nameKeywords);
    }

    /** From the table's '|'-separated keyword column (null = none). */
    public static MappingRule of(long categoryId, String source, String pattern, String keywords) {
        List<String> words = keywords == null || keywords.isBlank() ? List.of()
                : Arrays.stream(keywords.split("\\|")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        return new MappingRule(categoryId, source, pattern == null ? "" : pattern.strip(), words);
    }

    boolean keywordsMatch(String name) {
        return nameKeywords.isEmpty() || (name != null && nameKeywords.stream().anyMatch(name::contains));
    }
}
