package org.lifecircle.care.privacy;

import java.util.EnumSet;
import java.util.Set;

import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;

/**
 * Which fields each role may unmask, for elders already in its scope. What a role needs for its work, no more:
 * <ul>
 * <li>community staff register elders and check identities: everything;</li>
 * <li>the dispatch center and caregivers call, visit and care: phone, address, contacts, health notes, but not the
 * ID number;</li>
 * <li>district administrators oversee: masked lists only, nothing unmasked.</li>
 * </ul>
 */
public final class RevealPolicy {

    private static final Set<SensitiveField> CARE_WORK = EnumSet.of(SensitiveField.PHONE, SensitiveField.ADDRESS,
            SensitiveField.CONTACTS, SensitiveField.HEALTH_NOTES);

    private RevealPolicy() {
    }

    public static Set<SensitiveField> allowed(Actor actor) {
        if (actor.role() == Role.COMMUNITY_STAFF) {
            return EnumSet.allOf(SensitiveField.class);
        }
        if (actor.role() == Role.CARE_DISPATCHER || actor.role() == Role.CAREGIVER) {
            return EnumSet.copyOf(CARE_WORK);
        }
        return EnumSet.noneOf(SensitiveField.class);
    }
}
