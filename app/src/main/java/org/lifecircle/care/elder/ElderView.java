package org.lifecircle.care.elder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.lifecircle.care.assessment.CareLevel;
import org.lifecircle.care.privacy.SensitiveField;

/**
 * An elder as a reader sees them: every personal field masked unless it is in {@code revealed} (then the full
 * value, and the read is in the access log). {@code birthDate} comes with the ID number, since it is part of it;
 * the age is always shown.
 *
 * @param healthNotes  null unless revealed; {@code hasHealthNotes} says whether there are any
 * @param revealable   the fields this reader's role may reveal
 */
public record ElderView(long id, String name, String nameInitials, IdCardNumber.Sex sex, int age, LocalDate birthDate,
                        String idNumber, String phone, String address, boolean hasHealthNotes, String healthNotes,
                        Place station, Place community, Place compound, String building, CareLevel careLevel,
                        LocalDate assessedOn, Consent consent, List<Contact> contacts, Set<SensitiveField> revealed,
                        Set<SensitiveField> revealable) {

    public record Place(long id, String name) {
    }

    public record Contact(long id, String name, String relation, String phone) {
    }

    public boolean isRevealed(String field) {
        return revealed.stream().anyMatch(f -> f.param().equals(field));
    }

    public boolean canReveal(String field) {
        return revealable.stream().anyMatch(f -> f.param().equals(field));
    }
}
