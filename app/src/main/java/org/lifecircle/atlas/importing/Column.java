package org.lifecircle.atlas.importing;

import java.util.List;
import java.util.Locale;

/**
 * One column of an import format: its English header (also its key), its Chinese header,
 * whether it must be present, and further accepted spellings.
 */
public record Column(String key, String zh, boolean required, List<String> aliases) {

    static Column required(String key, String zh, String... aliases) {
        return new Column(key, zh, true, List.of(aliases));
    }

    static Column optional(String key, String zh, String... aliases) {
        return new Column(key, zh, false, List.of(aliases));
    }

    /** The header to write for a reader of {@code locale}: Chinese unless English is asked for. */
    public String header(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? key : zh;
    }

    /** Headers compare without case, surrounding spaces or a BOM; inner spaces and dashes count as '_'. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        return header.replace("\uFEFF", "").replace('\u3000', ' ').strip()
                .toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    boolean accepts(String header) {
        String h = normalise(header);
        if (h.equals(normalise(key)) || h.equals(normalise(zh))) {
            return true;
        }
        return aliases.stream().anyMatch(a -> normalise(a).equals(h));
    }
}
