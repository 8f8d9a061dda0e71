package org.kefu.nlu.entity;

import java.time.LocalTime;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Finds times of day written in English (lower-cased): {@code 3pm}, {@code 3:30 pm}, {@code 10 a.m.},
 * {@code 15:30}, {@code noon}, {@code midnight}, {@code 3 o'clock}. A bare {@code at 3} is not read: it
 * could be three in the morning, the afternoon, or not a time at all.
 */
final class EnglishTimeFinder {
    private static final AnchoredPattern MERIDIEM = new AnchoredPattern(
            "(?<![0-9:])(\\d{1,2})(?::(\\d{2}))? ?(am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])", "0-9");
    private static final AnchoredPattern O_CLOCK = new AnchoredPattern("(?<![0-9:])(\\d{1,2}) o'clock\\b", "0-9");
    private static final AnchoredPattern NAMED = new AnchoredPattern("\\b(noon|midday|midnight)\\b", "nm");

    void find(String s, List<TimePart> out) {
        MERIDIEM.forEachMatch(s, m -> {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 1 || hour > 12) {
                return;
            }
            boolean pm = m.group(3).startsWith("p");
            hour = hour % 12 + (pm ? 12 : 0);
            add(out, m, hour, minute, true);
        });
        O_CLOCK.forEachMatch(s, m -> {
            add(out, m, Integer.parseInt(m.group(1)), 0, false);
        });
        NAMED.forEachMatch(s, m -> {
            add(out, m, m.group(1).equals("midnight") ? 0 : 12, 0, true);
        });
    }

    private static void add(List<TimePart> out, MatchResult m, int hour, int minute, boolean periodGiven) {
        LocalTime time = TimePart.timeOrNull(hour, minute);
        if (time != null) {
            out.add(new TimePart(m.start(), m.end(), time, periodGiven, false));
        }
    }
}
