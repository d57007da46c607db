package org.lifecircle.portal.nearby;

import java.util.Locale;

/**
 * What a resident filters by: within 5, 10 or 15 minutes' walk at an adult's or an elderly person's pace, subsidised
 * shops only, elder-friendly services only, and a text matching the name, business scope or kind — in characters or
 * pinyin initials ("yd" finds 药店).
 */
public record NearbyQuery(int minutes, boolean elderlyPace, boolean subsidisedOnly, boolean elderFriendlyOnly, String text) {

    /** The same question with the text trimmed and in lower case (empty when none), as the answer compares it. */
    public NearbyQuery normalised() {
        String normal = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return new NearbyQuery(minutes, elderlyPace, subsidisedOnly, elderFriendlyOnly, normal);
    }
}
