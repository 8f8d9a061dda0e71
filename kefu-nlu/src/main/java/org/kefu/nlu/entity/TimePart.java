package org.kefu.nlu.entity;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A time of day found in a message, before it is joined with a date.
 *
 * @param start offset of the first char in the normalised text
 * @param end offset after the last char
 * @param time the resolved time of day
 * @param periodGiven true when the message said which half of the day ({@code 下午}, {@code pm}); when
 *     false, an evening date ({@code 今晚}) moves hours before 12 into the evening
 * @param twentyFourHour true when written {@code hh:mm} without a period, so {@code 03:00} is 3 am
 */
record TimePart(int start, int end, LocalTime time, boolean periodGiven, boolean twentyFourHour) implements Span {

    /** The time for an hour and minute, or null when out of range. */
    static @Nullable LocalTime timeOrNull(int hour, int minute) {
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || (hour == 24 && minute > 0)) {
            return null;
        }
        return LocalTime.of(hour % 24, minute);
    }
}
