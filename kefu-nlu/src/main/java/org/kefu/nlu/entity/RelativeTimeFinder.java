package org.kefu.nlu.entity;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kefu.nlu.Entity;

/**
 * Finds times a number of hours or minutes from now: {@code 两小时后}, {@code 半小时以后}, {@code 30分钟后},
 * {@code in 2 hours}, {@code in half an hour}, {@code 20 minutes from now}, {@code 2 hours later}. The value is
 * the moment, to the minute, as an offset date-time. Part of {@link DateTimeRecognizer}.
 */
final class RelativeTimeFinder {
    private static final AnchoredPattern CHINESE = new AnchoredPattern(
            "(\\d{1,3}|" + ChineseNumerals.SMALL + "|半)个?(半)?(小时|钟头|分钟)(以后|之后|后)",
            "0-9半" + ChineseNumerals.CHARS);
    private static final String ENGLISH_COUNT =
            "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty-five)";
    private static final AnchoredPattern IN = new AnchoredPattern(
            "\\bin (?:" + ENGLISH_COUNT + " (hours?|minutes?|mins?)|(half an hour))\\b", "i");
    private static final AnchoredPattern FROM_NOW = new AnchoredPattern(
            "\\b" + ENGLISH_COUNT + " (hours?|minutes?|mins?) (?:from now|later)\\b", "0-9aotfe");

    private RelativeTimeFinder() {}

    static void find(String s, ZonedDateTime now, List<Entity> out) {
        CHINESE.forEachMatch(s, m -> {
            boolean halfUnit = m.group(1).equals("半");
            long minutes;
            if (halfUnit) {
                minutes = m.group(3).equals("分钟") ? -1 : 30;
            } else {
                long n = ChineseDateFinder.number(m.group(1));
                minutes = n < 0 ? -1 : m.group(3).equals("分钟") ? n : n * 60 + (m.group(2) != null ? 30 : 0);
            }
            add(s, m.start(), m.end(), now, minutes, out);
        });
        IN.forEachMatch(s, m -> add(s, m.start(), m.end(), now,
                m.group(3) != null ? 30 : minutes(m.group(1), m.group(2)), out));
        FROM_NOW.forEachMatch(s, m -> add(s, m.start(), m.end(), now, minutes(m.group(1), m.group(2)), out));
    }

    private static long minutes(String count, String unit) {
        if (count.startsWith("a") && !unit.startsWith("h")) {
            return -1; // "in a minute" is a figure of speech, "in an hour" a time
        }
        long n = EnglishNumberWords.count(count);
        return unit.startsWith("h") ? n * 60 : n;
    }

    private static void add(String s, int start, int end, ZonedDateTime now, long minutes, List<Entity> out) {
        // Beyond two days a customer names a day, not a count of hours; "72小时后" stays a duration.
        if (minutes <= 0 || minutes > Duration.ofDays(2).toMinutes()) {
            return;
        }
        String value = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(minutes).toOffsetDateTime().toString();
        out.add(new Entity(Entity.DATE_TIME, s.substring(start, end), start, end, value));
    }
}
