package org.kefu.server.handoff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the queue behaves.
 *
 * @param queueTimeout how long a customer waits before being offered to leave a message instead
 * @param sweepInterval how often waiting conversations are re-checked (timeouts, hours, missed routing)
 * @param zone the time zone of service hours that do not name their own
 * @param serviceHours per team id; a team without an entry is served around the clock
 */
@ConfigurationProperties("kefu.handoff")
public record HandoffProperties(
        @DefaultValue("5m") Duration queueTimeout,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue Map<String, TeamHours> serviceHours) {

    public HandoffProperties {
        if (queueTimeout.isNegative() || queueTimeout.isZero()) {
            throw new IllegalArgumentException("kefu.handoff.queue-timeout must be positive: " + queueTimeout);
        }
        serviceHours = Map.copyOf(serviceHours);
    }

    /**
     * One team's service hours, e.g. {@code every-day: ["09:00-12:00", "13:00-21:00"]},
     * {@code days: {SUNDAY: []}}, {@code holidays: [2026-10-01]}.
     *
     * @param zone the time zone, or null for {@link HandoffProperties#zone()}
     * @param everyDay ranges for every weekday not listed in {@code days}
     * @param days ranges for particular weekdays; an empty list means closed that day
     * @param holidays dates without service
     */
    public record TeamHours(
            @Nullable ZoneId zone,
            @DefaultValue List<String> everyDay,
            @DefaultValue Map<DayOfWeek, List<String>> days,
            @DefaultValue List<LocalDate> holidays) {

        ServiceHours toServiceHours(ZoneId fallbackZone) {
            ServiceHours.Builder builder = ServiceHours.builder(zone == null ? fallbackZone : zone);
            builder.everyDay(everyDay.toArray(String[]::new));
            days.forEach((day, ranges) -> builder.day(day, ranges.toArray(String[]::new)));
            holidays.forEach(builder::holiday);
            return builder.build();
        }
    }
}
