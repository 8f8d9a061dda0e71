package org.kefu.nlu.entity;

import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds times of day written in English (lower-cased): {@code 3pm}, {@code 3:30 pm}, {@code 10 a.m.},
 * {@code 15:30}, {@code noon}, {@code midnight}, {@code 3 o'clock}. A bare {@code at 3} is not read: it
 * could be three in the morning, the afternoon, or not a time at all.
 */
final class EnglishTimeFinder {
    private static final Pattern MERIDIEM = Pattern.compile(
            "(?<![0-9:])(\\d{1,2})(?::(\\d{2}))? ?(am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])");
    private static final Pattern O_CLOCK = Pattern.compile("(?<![0-9:])(\\d{1,2}) o'clock\\b");
    private static final Pattern NAMED = Pattern.compile("\\b(noon|midday|midnight)\\b");

    void find(String s, List<TimePart> out) {
        Matcher m = MERIDIEM.matcher(s);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 1 || hour > 12) {
                continue;
            }
            boolean pm = m.group(3).startsWith("p");
            hour = hour % 12 + (pm ? 12 : 0);
            add(out, m, hour, minute, true);
        }
        m = O_CLOCK.matcher(s);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(1)), 0, false);
        }
        m = NAMED.matcher(s);
        while (m.find()) {
            add(out, m, m.group(1).equals("midnight") ? 0 : 12, 0, true);
        }
    }

    private static void add(List<TimePart> out, Matcher m, int hour, int minute, boolean periodGiven) {
        LocalTime time = TimePart.timeOrNull(hour, minute);
        if (time != null) {
            out.add(new TimePart(m.start(), m.end(), time, periodGiven));
        }
    }
}
