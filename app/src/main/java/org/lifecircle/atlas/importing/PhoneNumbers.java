package org.lifecircle.atlas.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mainland phone numbers as merchants write them, normalised to one spelling: mobiles as 11
 * digits ({@code 13800000000}), landlines with a dash after the area code and before an
 * extension ({@code 0371-12345678-123}). Several numbers, separated by / 、 ; ， or ；, are
 * kept in order and joined by {@code /}.
 */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3})-(\\d{7,8})(?:-(\\d{1,6}))?");
    private static final Pattern SEPARATORS = Pattern.compile("[/、;；,，]+");

    private PhoneNumbers() {
    }

    /**
     * @return the normalised numbers joined by "/", or null for blank input
     * @throws IllegalArgumentException naming the first part that is not a phone number
     */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> numbers = new ArrayList<>();
        for (String part : SEPARATORS.split(text.strip())) {
            if (!part.isBlank()) {
                numbers.add(one(part));
            }
        }
        return numbers.isEmpty() ? null : String.join("/", numbers);
    }

    private static String one(String part) {
        String compact = part.replaceAll("[\\s()（）]", "").replace('－', '-').replace('—', '-')
                .replaceAll("(转|ext\\.?|x)", "-");
        String digitsOnly = compact.replace("-", "").replaceFirst("^\\+?86(?=1[3-9]\\d{9}$)", "");
        if (MOBILE.matcher(digitsOnly).matches()) {
            return digitsOnly;
        }
        Matcher landline = LANDLINE.matcher(compact);
        if (landline.matches()) {
            return landline(landline.group(1), landline.group(2), landline.group(3));
        }
        // no dash: 010 and 02x are three-digit area codes, every other is four digits
        if (compact.matches("0\\d{9,11}")) {
            int area = compact.startsWith("010") || compact.startsWith("02") ? 3 : 4;
            String local = compact.substring(area);
            if (local.length() >= 7 && local.length() <= 8) {
                return landline(compact.substring(0, area), local, null);
            }
        }
        throw new IllegalArgumentException(part.strip());
    }

    private static String landline(String area, String local, String extension) {
        return area + "-" + local + (extension == null ? "" : "-" + extension);
    }
}
