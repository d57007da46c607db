package org.lifecircle.atlas.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a record by code or by name as staff write it: case and spaces ignored, and for
 * communities with or without the 居民委员会/居委会 suffix. A name shared by two records is
 * ambiguous (the caller asks for the code instead).
 */
final class NameIndex {

    static final long AMBIGUOUS = -1L;

    private final Map<String, Long> byCode = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();

    void add(String code, String name, long id) {
        if (code != null) {
            byCode.put(normal(code), id);
        }
        if (name != null) {
            putName(normal(name), id);
            String bare = withoutCommitteeSuffix(name);
            if (!bare.equals(normal(name))) {
                putName(bare, id);
            }
        }
    }

    private void putName(String key, long id) {
        Long existing = byName.get(key);
        byName.put(key, existing == null || existing == id ? id : AMBIGUOUS);
    }

    /** The id, {@link #AMBIGUOUS}, or null when nothing matches. */
    Long find(String codeOrName) {
        if (codeOrName == null) {
            return null;
        }
        Long id = byCode.get(normal(codeOrName));
        if (id != null) {
            return id;
        }
        id = byName.get(normal(codeOrName));
        return id != null ? id : byName.get(withoutCommitteeSuffix(codeOrName));
    }

    static String normal(String text) {
        return text.replace('\u3000', ' ').replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    static String withoutCommitteeSuffix(String name) {
        return normal(name).replaceFirst("(居民委员会|居委会)$", "");
    }
}
