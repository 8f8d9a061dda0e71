package org.kefu.nlu.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date found in a message, before it is joined with a time of day.
 *
 * @param start offset of the first char in the normalised text
 * @param end offset after the last char
 * @param date the resolved date
 * @param halfDay which half of the day the words also name: {@code 今晚}, {@code tonight} and
 *     {@code tomorrow evening} make a following {@code 八点} or {@code at 8} mean 20:00, {@code 明早} and
 *     {@code tomorrow morning} keep {@code at 6} in the morning
 */
record DatePart(int start, int end, LocalDate date, HalfDay halfDay) implements Span {

    /** Which half of the day a date's words name, if any. */
    enum HalfDay {
        UNSAID, MORNING, AFTERNOON_OR_EVENING
    }

    /** A date whose words name no part of the day. */
    DatePart(int start, int end, LocalDate date) {
        this(start, end, date, HalfDay.UNSAID);
    }

    /** The date, or null when the fields do not make one (February 30th, month 13). */
    static @Nullable LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
