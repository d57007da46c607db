package org.lifecircle.care.privacy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.lifecircle.shared.InvalidInputException;

/** The parts of an elder's record that are masked unless revealed; the names are those of {@code ?reveal=}. */
public enum SensitiveField {
    ID_NUMBER("idNumber"), PHONE("phone"), ADDRESS("address"), CONTACTS("contacts"), HEALTH_NOTES("healthNotes");

    private final String param;

    SensitiveField(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** "phone,address" → {PHONE, ADDRESS}; blank → none. */
    public static Set<SensitiveField> parse(String list) {
        Set<SensitiveField> fields = EnumSet.noneOf(SensitiveField.class);
        if (list == null || list.isBlank()) {
            return fields;
        }
        for (String item : list.split(",")) {
            String name = item.strip();
            if (name.isEmpty()) {
                continue;
            }
            SensitiveField field = null;
            for (SensitiveField candidate : values()) {
                if (candidate.param.equalsIgnoreCase(name) || candidate.name().equalsIgnoreCase(name.replace('-', '_'))) {
                    field = candidate;
                }
            }
            if (field == null) {
                throw new InvalidInputException("reveal", "care.reveal.unknown", name.toLowerCase(Locale.ROOT));
            }
            fields.add(field);
        }
        return fields;
    }
}
