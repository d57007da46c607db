package org.lifecircle.care;

import java.util.Locale;

import org.lifecircle.shared.text.Pinyin;

/**
 * The search of the short registry lists (stations, caregivers): part of the name, of its pinyin, or the start of its
 * initials ("rydl" finds 如意东路…). Elders have their own search, with phones and ID numbers through the blind index.
 */
public final class NameQuery {

    private NameQuery() {
    }

    /** Blank matches everything. */
    public static boolean matches(String name, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).contains(q) || Pinyin.sortKey(name).contains(q)
                || Pinyin.initials(name).startsWith(q.replace(" ", ""));
    }
}
