package org.lifecircle.directory.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Opening hours in the reader's words, Chinese and English. */
class HoursTextTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void daysWithTheSameHoursAreOneRange() {
        assertThat(HoursText.of("Mo-Fr 08:00-18:00; Sa 09:00-12:00", ZH)).isEqualTo("周一至周五 08:00-18:00；周六 09:00-12:00；周日休息");
        assertThat(HoursText.of("Mo-Fr 08:00-18:00; Sa 09:00-12:00", Locale.ENGLISH))
                .isEqualTo("Mon–Fri 08:00-18:00; Sat 09:00-12:00; Sun closed");
        assertThat(HoursText.of("Mo-Su 08:30-12:00,14:00-21:00", ZH)).isEqualTo("每天 08:30-12:00、14:00-21:00");
        assertThat(HoursText.of("24/7", ZH)).isEqualTo("24小时营业");
        assertThat(HoursText.of("Mo-Su 18:00-02:00", ZH)).isEqualTo("每天 18:00-次日02:00");
        assertThat(HoursText.of("Mo-Su 18:00-02:00", Locale.ENGLISH)).isEqualTo("Daily 18:00-02:00 next day");
    }

    @Test
    void hoursNotUnderstoodAreShownAsWritten() {
        assertThat(HoursText.of("PH off", ZH)).isEqualTo("PH off");
        assertThat(HoursText.of(null, ZH)).isNull();
    }
}
