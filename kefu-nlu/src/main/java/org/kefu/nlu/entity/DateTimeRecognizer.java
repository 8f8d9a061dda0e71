package org.kefu.nlu.entity;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.kefu.nlu.Entity;
import org.kefu.nlu.text.AnalyzedText;

/**
 * Recognises dates and times in Chinese and English and resolves them against the injected clock in the
 * customer's zone.
 *
 * <p>Dates and times are found separately (see the four finders) and then joined when a time directly
 * follows or precedes a date ({@code 明天下午三点}, {@code tomorrow at 3pm}, {@code 3pm tomorrow}). The value is
 * ISO-8601: a date alone is {@code 2026-11-27}; a time, with its date or with today's, is an offset
 * date-time {@code 2026-11-25T15:00+08:00}. A time without a date is taken as today even if it has passed,
 * because "三点" in a chat may just as well be about a delivery that came at three. A time some hours or minutes
 * away ({@code 两小时后}, {@code in 30 minutes}) is that moment ({@link RelativeTimeFinder}).
 */
final class DateTimeRecognizer implements Recognizer {
    /** What may stand between a date and its time: spaces, a comma, "at", "on", "的". */
    private static final Pattern JOINER = Pattern.compile("[ ,]*(?:at|on|的)?[ ,]*");
    private static final Comparator<Span> LONGEST_FIRST = Comparator
            .comparingInt((Span p) -> p.start() - p.end())
            .thenComparingInt(Span::start);

    private final Clock clock;
    private final ZoneId zone;
    private final ChineseDateFinder chineseDates = new ChineseDateFinder();
    private final EnglishDateFinder englishDates = new EnglishDateFinder();
    private final ChineseTimeFinder chineseTimes = new ChineseTimeFinder();
    private final EnglishTimeFinder englishTimes = new EnglishTimeFinder();

    DateTimeRecognizer(Clock clock, ZoneId zone) {
        this.clock = requireNonNull(clock, "clock");
        this.zone = requireNonNull(zone, "zone");
    }

    @Override
    public void recognize(AnalyzedText text, List<Entity> out) {
        String s = text.normalized();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<DatePart> dates = new ArrayList<>();
        chineseDates.find(s, today, dates);
        englishDates.find(s, today, dates);
        List<TimePart> times = new ArrayList<>();
        chineseTimes.find(s, times);
        englishTimes.find(s, times);
        RelativeTimeFinder.find(s, ZonedDateTime.ofInstant(clock.instant(), zone), out);
        if (dates.isEmpty() && times.isEmpty()) {
            return;
        }
        dates = withoutOverlaps(dates);
        times = withoutOverlaps(times);
        join(s, today, dates, times, out);
    }

    private void join(String s, LocalDate today, List<DatePart> dates, List<TimePart> times, List<Entity> out) {
        List<TimePart> unusedTimes = new ArrayList<>(times);
        for (DatePart d : dates) {
            TimePart partner = null;
            for (TimePart t : unusedTimes) {
                boolean after = t.start() >= d.end() && isJoiner(s, d.end(), t.start());
                boolean before = t.end() <= d.start() && isJoiner(s, t.end(), d.start());
                if (after || before) {
                    partner = t;
                    break;
                }
            }
            if (partner == null) {
                out.add(entity(s, d.start(), d.end(), d.date().toString()));
                continue;
            }
            unusedTimes.remove(partner);
            LocalTime said = partner.time();
            LocalTime time = partner.form() == TimePart.Form.WITH_PERIOD ? said : switch (d.halfDay()) {
                case AFTERNOON_OR_EVENING -> said.getHour() < 12 ? said.plusHours(12) : said;
                case MORNING -> said;
                case UNSAID -> daytime(partner);
            };
            int start = Math.min(d.start(), partner.start());
            int end = Math.max(d.end(), partner.end());
            out.add(entity(s, start, end, dateTime(d.date(), time)));
        }
        for (TimePart t : unusedTimes) {
            if (t.form() != TimePart.Form.AT_HOUR) {
                out.add(entity(s, t.start(), t.end(), dateTime(today, daytime(t))));
            }
        }
    }

    /**
     * The time of day, reading a bare hour from 1 to 6 ({@code 三点}, {@code 3 o'clock}) as afternoon:
     * customer service happens in the daytime, and "三点之前下单" means 15:00. Hours with a period
     * ({@code 凌晨三点}, {@code 3am}) and in 24-hour form ({@code 03:00}) are left as they are.
     */
    private static LocalTime daytime(TimePart t) {
        int hour = t.time().getHour();
        boolean bare = t.form() == TimePart.Form.BARE_HOUR || t.form() == TimePart.Form.AT_HOUR;
        return bare && hour >= 1 && hour <= 6 ? t.time().plusHours(12) : t.time();
    }

    private String dateTime(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toOffsetDateTime().toString();
    }

    private static boolean isJoiner(String s, int from, int to) {
        return to - from <= 6 && JOINER.matcher(s).region(from, to).matches();
    }

    private static Entity entity(String s, int start, int end, String value) {
        return new Entity(Entity.DATE_TIME, s.substring(start, end), start, end, value);
    }

    /** Keeps the longest of overlapping parts of one kind: "大后天" over "后天", "下午3:30" over "3:30". */
    private static <T extends Span> List<T> withoutOverlaps(List<T> parts) {
        if (parts.size() < 2) {
            return parts;
        }
        List<T> sorted = new ArrayList<>(parts);
        sorted.sort(LONGEST_FIRST);
        List<T> kept = new ArrayList<>();
        for (T p : sorted) {
            if (kept.stream().noneMatch(p::overlaps)) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }
}
