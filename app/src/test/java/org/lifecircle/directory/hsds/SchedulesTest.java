package org.lifecircle.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** OpenStreetMap opening hours to HSDS weekly schedules. */
class SchedulesTest {

    @Test
    void daysSharingAPeriodAreOneRule() {
        List<Hsds.Schedule> s = Schedules.of("Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00; Su off", "svc", n -> "id" + n);
        assertThat(s).extracting(Hsds.Schedule::byday, Hsds.Schedule::opensAt, Hsds.Schedule::closesAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MO,TU,WE,TH,FR", "08:00+08:00", "12:00+08:00"),
                org.assertj.core.groups.Tuple.tuple("MO,TU,WE,TH,FR", "14:00+08:00", "18:00+08:00"),
                org.assertj.core.groups.Tuple.tuple("SA", "09:00+08:00", "12:00+08:00"));
        assertThat(s).extracting(Hsds.Schedule::id).containsExactly("id0", "id1", "id2");
        assertThat(s).allSatisfy(x -> {
            assertThat(x.freq()).isEqualTo("WEEKLY");
            assertThat(x.timezone()).isEqualTo(8);
            assertThat(x.serviceId()).isEqualTo("svc");
        });
    }

    @Test
    void allDayPastMidnightAndNotUnderstood() {
        assertThat(Schedules.of("24/7", "s", n -> "i")).singleElement().satisfies(x -> {
            assertThat(x.byday()).isEqualTo("MO,TU,WE,TH,FR,SA,SU");
            assertThat(x.opensAt()).isEqualTo("00:00+08:00");
            assertThat(x.closesAt()).isEqualTo("23:59+08:00");
        });
        assertThat(Schedules.of("Fr 18:00-02:00", "s", n -> "i")).singleElement().satisfies(x -> {
            assertThat(x.closesAt()).isEqualTo("02:00+08:00");
            assertThat(x.notes()).isEqualTo("closes the next day");
        });
        assertThat(Schedules.of("PH off; sunrise-sunset", "s", n -> "i")).singleElement().satisfies(x -> {
            assertThat(x.freq()).isNull();
            assertThat(x.description()).isEqualTo("PH off; sunrise-sunset");
        });
        assertThat(Schedules.of(null, "s", n -> "i")).isEmpty();
    }
}
