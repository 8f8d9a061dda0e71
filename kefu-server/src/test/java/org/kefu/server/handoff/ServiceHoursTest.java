package org.kefu.server.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

final class ServiceHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant beijing(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void isOpenInsideAnyOfSeveralRangesOfTheDay() {
        ServiceHours hours = ServiceHours.builder(SHANGHAI).everyDay("09:00-12:00", "13:30-21:00").build();

        assertThat(hours.isOpen(beijing("2026-11-24T09:00"))).isTrue();
        assertThat(hours.isOpen(beijing("2026-11-24T11:59"))).isTrue();
        assertThat(hours.isOpen(beijing("2026-11-24T12:30"))).isFalse();
        assertThat(hours.isOpen(beijing("2026-11-24T13:30"))).isTrue();
        assertThat(hours.isOpen(beijing("2026-11-24T21:00"))).isFalse();
        assertThat(hours.isOpen(beijing("2026-11-24T08:59"))).isFalse();
    }

    @Test
    void usesTheTeamsTimeZoneNotUtc() {
        ServiceHours hours = ServiceHours.builder(SHANGHAI).everyDay("09:00-21:00").build();

        // 02:00 UTC is 10:00 in Beijing
        assertThat(hours.isOpen(Instant.parse("2026-11-24T02:00:00Z"))).isTrue();
        // 14:00 UTC is 22:00 in Beijing
        assertThat(hours.isOpen(Instant.parse("2026-11-24T14:00:00Z"))).isFalse();
    }

    @Test
    void aWeekdayOverrideReplacesTheEveryDayRanges() {
        ServiceHours hours = ServiceHours.builder(SHANGHAI)
                .everyDay("09:00-21:00")
                .day(DayOfWeek.SATURDAY, "10:00-12:00")
                .day(DayOfWeek.SUNDAY)
                .build();

        assertThat(hours.isOpen(beijing("2026-11-28T09:30"))).as("Saturday before ten").isFalse();
        assertThat(hours.isOpen(beijing("2026-11-28T11:00"))).as("Saturday morning").isTrue();
        assertThat(hours.isOpen(beijing("2026-11-29T11:00"))).as("Sunday").isFalse();
        assertThat(hours.isOpen(beijing("2026-11-27T20:00"))).as("Friday evening").isTrue();
    }

    @Test
    void isClosedAllDayOnAHoliday() {
        ServiceHours hours = ServiceHours.builder(SHANGHAI)
                .everyDay("00:00-24:00")
                .holiday(LocalDate.parse("2026-10-01"))
                .build();

        assertThat(hours.isOpen(beijing("2026-10-01T12:00"))).isFalse();
        assertThat(hours.isOpen(beijing("2026-10-02T00:00"))).isTrue();
        assertThat(hours.isOpen(beijing("2026-09-30T23:59"))).isTrue();
    }

    @Test
    void rejectsMalformedRanges() {
        ServiceHours.Builder builder = ServiceHours.builder(SHANGHAI);

        assertThatThrownBy(() -> builder.everyDay("9 to 5")).hasMessageContaining("9 to 5");
        assertThatThrownBy(() -> builder.everyDay("21:00-09:00")).hasMessageContaining("must end after it starts");
    }
}
