package org.kefu.server.handoff;

import static java.util.Objects.requireNonNull;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A stretch of one day, start inclusive, end exclusive; {@code endOfDay} stands for 24:00.
 *
 * @param start first minute
 * @param end first minute after, ignored when {@code endOfDay}
 * @param endOfDay true when the range runs to midnight
 */
record TimeRange(LocalTime start, LocalTime end, boolean endOfDay) {

    TimeRange {
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        if (!endOfDay && !end.isAfter(start)) {
            throw new IllegalArgumentException("time range must end after it starts: " + start + "-" + end);
        }
    }

    /**
     * Reads {@code "09:00-21:00"}; {@code "24:00"} is allowed as the end.
     *
     * @throws IllegalArgumentException if the text is not two times joined by a dash
     */
    static TimeRange parse(String text) {
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("time range must look like 09:00-21:00: " + text);
        }
        try {
            LocalTime start = LocalTime.parse(parts[0]);
            if (parts[1].equals("24:00")) {
                return new TimeRange(start, LocalTime.MAX, true);
            }
            return new TimeRange(start, LocalTime.parse(parts[1]), false);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time range must look like 09:00-21:00: " + text, e);
        }
    }

    boolean contains(LocalTime time) {
        return !time.isBefore(start) && (endOfDay || time.isBefore(end));
    }
}
