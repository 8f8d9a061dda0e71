package org.kefu.server.handoff;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a team's humans work: time ranges per weekday in the team's time zone, and holidays with no
 * service at all. Immutable; build it with {@link #builder(ZoneId)}.
 */
public final class ServiceHours {

    private final ZoneId zone;
    private final Map<DayOfWeek, List<TimeRange>> week;
    private final Set<LocalDate> holidays;

    private ServiceHours(ZoneId zone, Map<DayOfWeek, List<TimeRange>> week, Set<LocalDate> holidays) {
        this.zone = zone;
        this.week = Map.copyOf(week);
        this.holidays = Set.copyOf(holidays);
    }

    /** Service at any time of any day. */
    public static ServiceHours always(ZoneId zone) {
        return builder(zone).everyDay("00:00-24:00").build();
    }

    /** A builder for hours in the given time zone. */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /** True when humans are at work at this instant. */
    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        return week.getOrDefault(local.getDayOfWeek(), List.of()).stream()
                .anyMatch(r -> r.contains(local.toLocalTime()));
    }

    /** The time zone the ranges are in. */
    public ZoneId zone() {
        return zone;
    }

    /** Builds {@link ServiceHours}; later calls for the same day replace earlier ones. */
    public static final class Builder {
        private final ZoneId zone;
        private final Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        private final java.util.HashSet<LocalDate> holidays = new java.util.HashSet<>();

        private Builder(ZoneId zone) {
            this.zone = requireNonNull(zone, "zone");
        }

        /**
         * Sets the same ranges for all seven days.
         *
         * @throws IllegalArgumentException if a range is malformed
         */
        public Builder everyDay(String... ranges) {
            for (DayOfWeek day : DayOfWeek.values()) {
                day(day, ranges);
            }
            return this;
        }

        /**
         * Sets one weekday's ranges, e.g. {@code day(SATURDAY, "10:00-12:00", "13:00-18:00")}; no ranges means closed.
         *
         * @throws IllegalArgumentException if a range is malformed
         */
        public Builder day(DayOfWeek day, String... ranges) {
            week.put(day, java.util.Arrays.stream(ranges).map(TimeRange::parse).toList());
            return this;
        }

        /** Adds a date without service. */
        public Builder holiday(LocalDate date) {
            holidays.add(requireNonNull(date, "date"));
            return this;
        }

        /** The immutable hours. */
        public ServiceHours build() {
            return new ServiceHours(zone, week, holidays);
        }
    }
}
