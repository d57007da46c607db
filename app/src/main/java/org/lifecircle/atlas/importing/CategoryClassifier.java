package org.lifecircle.atlas.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses a category for a POI from its AMap type codes and OpenStreetMap tags through the
 * mapping table. Pure: the mappings are given, nothing is read here.
 *
 * <p>The most specific matching entry wins, by level first: an exact OSM {@code key=value} (a
 * tag names the kind of place), then an AMap code prefix (each of several {@code |}-joined
 * codes is tried), then an OSM {@code key=*}, then the empty AMap prefix (which only works with
 * name keywords). Within a level the longer pattern wins. An entry with name keywords applies
 * only when one of them occurs in the name, and then outranks a keyword-less entry of the same
 * pattern. Ties go to the entry that comes first in the list (table order).
 */
public final class CategoryClassifier {

    /** Levels of specificity, each worth more than any pattern length within the level below. */
    private static final int EXACT_TAG = 3000;
    private static final int AMAP_PREFIX = 2000;
    private static final int ANY_VALUE = 1000;

    private final List<MappingRule> mappings;

    public CategoryClassifier(List<MappingRule> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    public Optional<Long> classify(String name, String amapTypecodes, String osmTags) {
        Map<String, String> tags = tags(osmTags);
        List<String> codes = amapTypecodes == null ? List.of()
                : List.of(amapTypecodes.split("\\|")).stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        MappingRule best = null;
        int bestScore = -1;
        for (MappingRule mapping : mappings) {
            if (!mapping.keywordsMatch(name)) {
                continue;
            }
            int specificity = specificity(mapping, codes, tags);
            if (specificity < 0) {
                continue;
            }
            int score = specificity * 2 + (mapping.nameKeywords().isEmpty() ? 0 : 1);
            if (score > bestScore) {
                best = mapping;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.categoryId());
    }

    /** How specific the match is, or -1 when the entry does not match. */
    private static int specificity(MappingRule mapping, List<String> codes, Map<String, String> tags) {
        String pattern = mapping.pattern();
        if ("AMAP".equals(mapping.source())) {
            if (codes.stream().noneMatch(code -> code.startsWith(pattern))) {
                return -1;
            }
            return pattern.isEmpty() ? 0 : AMAP_PREFIX + pattern.length();
        }
        int eq = pattern.indexOf('=');
        if (eq <= 0) {
            return -1;
        }
        String key = pattern.substring(0, eq);
        String value = pattern.substring(eq + 1);
        if (!tags.containsKey(key)) {
            return -1;
        }
        if (value.equals("*")) {
            return ANY_VALUE + pattern.length();
        }
        return value.equals(tags.get(key)) ? EXACT_TAG + pattern.length() : -1;
    }

    /** {@code key=value} pairs separated by ';' (spaces around either ignored). */
    static Map<String, String> tags(String text) {
        Map<String, String> tags = new HashMap<>();
        if (text == null) {
            return tags;
        }
        for (String pair : text.split("[;；]")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                tags.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return tags;
    }

    /** Whether the text is a well-formed tag list (every non-blank part is key=value). */
    static boolean wellFormedTags(String text) {
        for (String pair : text.split("[;；]")) {
            if (!pair.isBlank() && pair.indexOf('=') <= 0) {
                return false;
            }
        }
        return true;
    }
}
