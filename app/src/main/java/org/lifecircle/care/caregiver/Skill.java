package org.lifecircle.care.caregiver;

import java.util.Collection;

/**
 * What a caregiver is qualified for, and what a catalogue service requires. Each skill is one bit of the engine's
 * skill set ({@code engine.routing.Worker.skills}, {@code Visit.requiredSkills}); the bits are fixed here, never
 * derived from the declaration order, so stored plans stay meaningful when a skill is added.
 */
public enum Skill {
    /** 基础照护 (养老护理员证) */
    BASIC_CARE(0),
    /** 助浴 */
    BATHING(1),
    /** 护理/医疗 (护士执业证书) */
    NURSING(2),
    /** 助餐送餐 (健康证) */
    MEAL_DELIVERY(3),
    /** 保洁 */
    CLEANING(4),
    /** 康复 (康复治疗师) */
    REHABILITATION(5);

    private final int bit;

    Skill(int bit) {
        this.bit = bit;
    }

    public long bit() {
        return 1L << bit;
    }

    public static long bits(Collection<Skill> skills) {
        long bits = 0;
        for (Skill skill : skills) {
            bits |= skill.bit();
        }
        return bits;
    }
}
