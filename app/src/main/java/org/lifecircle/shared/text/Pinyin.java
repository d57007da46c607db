package org.lifecircle.shared.text;

import java.util.Locale;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin readings of Chinese names, for sorting long lists the way Chinese readers expect and
 * for searching by initials ("lcbh" finds 绿城百合).
 *
 * <p>A character with several readings takes its first (most common) one; names with rare
 * readings (重庆 read as zhong) may sort a little off, never fail. Latin letters and digits pass
 * through lower-cased, so mixed names ("CBD商务区") sort sensibly too.
 */
public final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /** Sort key: syllables separated by spaces, e.g. "lv cheng bai he she qu". */
    public static String sortKey(String text) {
        StringBuilder key = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (char c : text.toCharArray()) {
            String syllable = syllable(c);
            if (syllable != null) {
                flush(latin, key);
                append(key, syllable);
            } else if (Character.isLetterOrDigit(c)) {
                latin.append(Character.toLowerCase(c));
            } else {
                flush(latin, key);
            }
        }
        flush(latin, key);
        return key.toString();
    }

    /** Initials of every syllable and the first letter of every Latin word, e.g. "lcbhsq". */
    public static String initials(String text) {
        StringBuilder initials = new StringBuilder();
        for (String part : sortKey(text).split(" ")) {
            if (!part.isEmpty()) {
                initials.append(part.charAt(0));
            }
        }
        return initials.toString();
    }

    private static String syllable(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return null;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0].toLowerCase(Locale.ROOT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin format is fixed and valid", e);
        }
    }

    private static void flush(StringBuilder latin, StringBuilder key) {
        if (latin.length() > 0) {
            append(key, latin.toString());
            latin.setLength(0);
        }
    }

    private static void append(StringBuilder key, String part) {
        if (key.length() > 0) {
            key.append(' ');
        }
        key.append(part);
    }
}
