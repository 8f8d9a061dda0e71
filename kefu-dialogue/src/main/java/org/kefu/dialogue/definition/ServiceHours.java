package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When human agents work, in the bot's time zone.
 *
 * @param zone the zone the times are in
 * @param open first minute of service
 * @param close end of service (exclusive); before {@code open} means the service runs past midnight
 * @param days days on which service opens
 */
public record ServiceHours(ZoneId zone, LocalTime open, LocalTime close, Set<DayOfWeek> days) {
    public ServiceHours {
        requireNonNull(zone, "zone");
        requireNonNull(open, "open");
        requireNonNull(close, "close");
        days = Set.copyOf(days);
    }

    /** Service around the clock, every day. */
    public static ServiceHours always() {
        return new ServiceHours(ZoneId.of("UTC"), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, Set.of(DayOfWeek.values()));
    }

    /** True when a human agent works at the given moment. */
    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (open.equals(close)) {
            return days.contains(local.getDayOfWeek());
        }
        if (open.isBefore(close)) {
            return days.contains(local.getDayOfWeek()) && !time.isBefore(open) && time.isBefore(close);
        }
        // Overnight service: the part after midnight belongs to the previous day's opening.
        if (!time.isBefore(open)) {
            return days.contains(local.getDayOfWeek());
        }
        return time.isBefore(close) && days.contains(local.getDayOfWeek().minus(1));
    }
}
