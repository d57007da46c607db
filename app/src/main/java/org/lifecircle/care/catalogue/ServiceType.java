package org.lifecircle.care.catalogue;

import java.util.List;
import java.util.Locale;

import org.lifecircle.care.caregiver.Skill;

/** One service of the catalogue, e.g. MEAL_DELIVERY (助餐送餐, 30 min, needs MEAL_DELIVERY). */
public record ServiceType(String code, String nameZh, String nameEn, int durationMinutes, List<Skill> requiredSkills,
                          int sortOrder, boolean active) {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public long requiredSkillBits() {
        return Skill.bits(requiredSkills);
    }
}
