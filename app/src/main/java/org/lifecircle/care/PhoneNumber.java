package org.lifecircle.care;

import org.lifecircle.shared.InvalidInputException;

/**
 * A mainland Chinese phone number, normalised to its digits: a mobile (11 digits, 1[3-9]…) or a landline with its
 * area code (0 + 2–3 digits, then 7–8 digits, e.g. 0371 6666 8888). Spaces, dashes, brackets and a +86 / 0086
 * prefix are accepted and dropped.
 */
public final class PhoneNumber {

    private PhoneNumber() {
    }

    /** @throws InvalidInputException naming {@code field} if it is neither a mobile nor a landline number */
    public static String parse(String text, String field) {
        String digits = normalise(text);
        if (digits.isEmpty()) {
            throw new InvalidInputException(field, "care.phone.required");
        }
        if (!isMobile(digits) && !isLandline(digits)) {
            throw new InvalidInputException(field, "care.phone.format");
        }
        return digits;
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String digits = text.replaceAll("[\\s\\-()（）]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return digits;
    }

    public static boolean isMobile(String digits) {
        return digits.matches("1[3-9]\\d{9}");
    }

    public static boolean isLandline(String digits) {
        return digits.matches("0[1-9]\\d{1,2}[2-9]\\d{6,7}") && digits.length() >= 10 && digits.length() <= 12;
    }

    public static String lastFour(String digits) {
        return digits.substring(digits.length() - 4);
    }
}
