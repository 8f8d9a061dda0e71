package org.kefu.nlu.entity;

import java.time.LocalTime;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Finds times of day written in English (lower-cased): {@code 3pm}, {@code 3:30 pm}, {@code 10 a.m.},
 * {@code 15:30}, {@code noon}, {@code midnight}, {@code 3 o'clock}, {@code 8 in the evening}, and {@code at 3},
 * which counts only next to a date ({@code tomorrow at 3}): alone it could be three in the morning, the afternoon, or not a
 * time at all.
 */
final class EnglishTimeFinder {
    private static final AnchoredPattern MERIDIEM = new AnchoredPattern(
            "(?<![0-9:])(\\d{1,2})(?::(\\d{2}))? ?(am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])", "0-9");
    private static final AnchoredPattern O_CLOCK = new AnchoredPattern("(?<![0-9:])(\\d{1,2}) o'clock\\b", "0-9");
    private static final AnchoredPattern NAMED = new AnchoredPattern("\\b(noon|midday|midnight)\\b", "nm");
    /** "at 3", but not "at 3pm", "at 3:30" or "at 3 o'clock", which the patterns above read. */
    private static final AnchoredPattern AT = new AnchoredPattern(
            "\\bat (\\d{1,2})\\b(?![:.0-9]| ?(?:am|pm|a\\.m\\.|p\\.m\\.|o'clock))", "a");

    /** "8 in the evening", "at 6 in the morning", "10 at night": an hour with its half of the day after it. */
    private static final AnchoredPattern HOUR_IN_PERIOD = new AnchoredPattern(
            "(?<![0-9:])(?:at )?(\\d{1,2})(?::(\\d{2}))?(?: o'clock)?"
                    + " (?:in the (morning|afternoon|evening)|at (night))\\b",
            "a0-9");

    void find(String s, List<TimePart> out) {
        HOUR_IN_PERIOD.forEachMatch(s, m -> {
            int hour = Integer.parseInt(m.group(1));
            if (hour < 1 || hour > 12) {
                return;
            }
            boolean morning = "morning".equals(m.group(3));
            boolean midnight = m.group(4) != null && hour == 12;
            hour = morning || midnight ? hour % 12 : hour % 12 + 12;
            add(out, m, hour, m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), TimePart.Form.WITH_PERIOD);
        });
        MERIDIEM.forEachMatch(s, m -> {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 1 || hour > 12) {
                return;
            }
            boolean pm = m.group(3).startsWith("p");
            hour = hour % 12 + (pm ? 12 : 0);
            add(out, m, hour, minute, TimePart.Form.WITH_PERIOD);
        });
        O_CLOCK.forEachMatch(s, m -> {
            add(out, m, Integer.parseInt(m.group(1)), 0, TimePart.Form.BARE_HOUR);
        });
        NAMED.forEachMatch(s, m -> {
            add(out, m, m.group(1).equals("midnight") ? 0 : 12, 0, TimePart.Form.WITH_PERIOD);
        });
        AT.forEachMatch(s, m -> add(out, m, Integer.parseInt(m.group(1)), 0, TimePart.Form.AT_HOUR));
    }

    private static void add(List<TimePart> out, MatchResult m, int hour, int minute, TimePart.Form form) {
        LocalTime time = TimePart.timeOrNull(hour, minute);
        if (time != null) {
            out.add(new TimePart(m.start(), m.end(), time, form));
        }
    }
}
