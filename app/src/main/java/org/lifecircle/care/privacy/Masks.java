package org.lifecircle.care.privacy;

/** How personal data looks when the reader's role does not need it in full. */
public final class Masks {

    /** Shown in place of a stored value that does not decrypt. */
    public static final String UNREADABLE = "⚠ ****";

    private Masks() {
    }

    /** 13812345678 → 138****5678; 037166668888 → 0371****8888 (the area code stays). */
    public static String phone(String digits) {
        if (digits == null) {
            return null;
        }
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        int keep = digits.startsWith("0") ? (digits.startsWith("01") || digits.startsWith("02") ? 3 : 4) : 3;
        return digits.substring(0, keep) + "****" + digits.substring(digits.length() - 4);
    }

    /** 410105195003071234 → 4101**********1234: the province and city stay, birth date and serial go. */
    public static String idNumber(String number) {
        if (number == null) {
            return null;
        }
        if (number.length() < 8) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    /** The compound and building only: never the unit and room. */
    public static String address(String compoundName, String building) {
        return building == null || building.isBlank() ? compoundName + " ****" : compoundName + " " + building + " ****";
    }
}
