package org.lifecircle.planning.standards;

import java.util.Arrays;
import java.util.List;

/**
 * The catalogue codes a standard's row is satisfied by, as stored and typed: {@code supermarket|convenience_store}.
 * Any one of them will do.
 */
final class ServiceCodes {

    private ServiceCodes() {
    }

    /** The codes in the order given, blanks and repeats dropped; empty for null or blank text. */
    static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
    }

    /** The stored form; null when there are none (a row the registry cannot measure). */
    static String join(List<String> codes) {
        return codes.isEmpty() ? null : String.join("|", codes);
    }
}
