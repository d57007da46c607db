package org.lifecircle.care.elder;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import org.lifecircle.shared.InvalidInputException;

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999): six digits of the region, the birth date
 * (yyyyMMdd), a three-digit serial whose last digit is odd for men and even for women, and a check character
 * (ISO 7064 MOD 11-2, 0–9 or X).
 *
 * @param value the normalised number: 18 characters, a capital X if the check is ten
 */
public record IdCardNumber(String value, LocalDate birthDate, Sex sex) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate EARLIEST = LocalDate.of(1880, 1, 1);

    /**
     * @param field the field to name in the problem
     * @throws InvalidInputException if it is not a valid number born no later than {@code today}
     */
    public static IdCardNumber parse(String text, String field, LocalDate today) {
        String value = normalise(text);
        if (value.isEmpty()) {
            throw new InvalidInputException(field, "care.idNumber.required");
        }
        if (!value.matches("[1-9]\\d{16}[\\dX]")) {
            throw new InvalidInputException(field, "care.idNumber.format");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "care.idNumber.birthDate");
        }
        if (birth.isBefore(EARLIEST) || birth.isAfter(today)) {
            throw new InvalidInputException(field, "care.idNumber.birthDate");
        }
        if (checkCharacter(value) != value.charAt(17)) {
            throw new InvalidInputException(field, "care.idNumber.checksum");
        }
        Sex sex = (value.charAt(16) - '0') % 2 == 1 ? Sex.M : Sex.F;
        return new IdCardNumber(value, birth, sex);
    }

    /** Spaces and separators dropped, x as X: the one form that is stored, indexed and compared. */
    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Whether the text has the shape of an ID number (for search: exact lookup rather than a name). */
    public static boolean looksLikeOne(String text) {
        return normalise(text).matches("\\d{17}[\\dX]");
    }

    public enum Sex {
        M, F
    }
}
