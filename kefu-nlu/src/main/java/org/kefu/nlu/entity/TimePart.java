package org.kefu.nlu.entity;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A time of day found in a message, before it is joined with a date.
 *
 * @param start offset of the first char in the normalised text
 * @param end offset after the last char
 * @param time the resolved time of day
 * @param form how the time was written, which decides how far it may be reinterpreted
 */
record TimePart(int start, int end, LocalTime time, Form form) implements Span {

    /** How a time was written. */
    enum Form {
        /** With the half of the day: {@code 下午三点}, {@code 3pm}, {@code noon}. Taken as written. */
        WITH_PERIOD,
        /** A bare hour: {@code 三点}, {@code 3 o'clock}. Early hours read as afternoon, see DateTimeRecognizer. */
        BARE_HOUR,
        /** {@code 15:30}, {@code 03:00}: taken as written, unless an evening date ({@code 今晚}) says otherwise. */
        TWENTY_FOUR_HOUR,
        /** {@code at 3}: too vague alone, a time only right next to a date ({@code tomorrow at 3}). */
        AT_HOUR
    }

    /** The time for an hour and minute, or null when out of range. */
    static @Nullable LocalTime timeOrNull(int hour, int minute) {
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || (hour == 24 && minute > 0)) {
            return null;
        }
        return LocalTime.of(hour % 24, minute);
    }
}
