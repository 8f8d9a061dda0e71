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
 * @param evening true when the words also say "in the evening" ({@code 今晚}, {@code tonight}), so a
 *     following {@code 八点} means 20:00
 */
record DatePart(int start, int end, LocalDate date, boolean evening) implements Span {

    /** The date, or null when the fields do not make one (February 30th, month 13). */
    static @Nullable LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
