package org.kefu.nlu.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import org.jspecify.annotations.Nullable;

/**
 * Finds dates written in English (in lower-cased text) and resolves them against today:
 * {@code today tonight tomorrow yesterday the day after tomorrow}, {@code tomorrow evening this morning last
 * night}, {@code friday next friday this friday last friday friday evening}, {@code november 26 nov 26th, 2026
 * 26 nov the 26th of november}, {@code in 3 days in two weeks 3 days ago 5 days later}, {@code the end of the month, start of next month, end of the year,
 * on the 5th}, {@code christmas, new year's day}.
 *
 * <p>{@code next friday} is the Friday of next week, like {@code 下周五} (said on a Tuesday it is ten days
 * away, not three); {@code this friday} is this week's, {@code last friday} last week's, and a bare
 * {@code friday} the coming one, or the last one after "since". Only full weekday names are read:
 * {@code sat}, {@code sun} and {@code wed} are words too; {@code weekend} only with next/this/last, since
 * "weekend rates" is no date. A date without a year is in the current year.
 */
final class EnglishDateFinder {
    private static final String DAY_PART = "(?: (morning|afternoon|evening|night))?";
    private static final AnchoredPattern RELATIVE_DAY = new AnchoredPattern(
            "\\b(?:(?:the )?(day after tomorrow|day before yesterday|today|tonight|tomorrow|tmrw|tmr|yesterday)"
                    + DAY_PART + "|this (morning|afternoon|evening)|last (night))\\b",
            "tdyl");
    private static final AnchoredPattern WEEKDAY = new AnchoredPattern(
            "\\b(?:(?:(next|this|last|coming) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)" + DAY_PART
                    + "|(next|this|last|coming) (weekend))\\b",
            "ntlcmwfs");
    private static final String MONTH =
            "(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,? (\\d{4}))?";
    private static final AnchoredPattern MONTH_DAY = new AnchoredPattern("\\b" + MONTH + " (?:the )?" + DAY + YEAR + "\\b", "jfmasond");
    private static final AnchoredPattern DAY_MONTH = new AnchoredPattern("\\b(?:the )?" + DAY + " (?:of )?" + MONTH + YEAR + "\\b", "t0-9");
    private static final String COUNT = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String UNIT = " (day|week|month|year)s?";
    /** "in 3 days", but not "in a day", which far more often means "per day" (how much can I top up in a day). */
    private static final AnchoredPattern IN = new AnchoredPattern(
            "\\bin (\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)" + UNIT + "\\b", "i");
    private static final AnchoredPattern AGO_LATER = new AnchoredPattern(
            "\\b" + COUNT + UNIT + " (ago|later|from now|from today)\\b", "0-9aotfsen");

    /** "the end of the month", "start of next month", "end of the year": a month's or year's first or last day. */
    private static final AnchoredPattern EDGE = new AnchoredPattern(
            "\\b(?:the )?(end|start|beginning) of (?:the |this |(next|last) )?(month|year)\\b", "tesb");
    /** "on the 5th": a day of this month, but only with its ordinal, since "the 5 items" is no date. */
    private static final AnchoredPattern ORDINAL_DAY = new AnchoredPattern(
            "\\b(?:on|by|before|after|until|till) the (\\d{1,2})(?:st|nd|rd|th)\\b(?! of)", "obaut");
    private static final AnchoredPattern NAMED_DAY = new AnchoredPattern(
            "\\b(christmas eve|christmas day|christmas|new year's eve|new year's day|new year's|valentine's day)\\b",
            "cnv");

    void find(String s, LocalDate today, List<DatePart> out) {
        EDGE.forEachMatch(s, m -> {
            int shift = m.group(2) == null ? 0 : m.group(2).equals("next") ? 1 : -1;
            boolean end = m.group(1).equals("end");
            LocalDate date = m.group(3).equals("year")
                    ? (end ? LocalDate.of(today.getYear() + shift, 12, 31) : LocalDate.of(today.getYear() + shift, 1, 1))
                    : edgeOfMonth(today.withDayOfMonth(1).plusMonths(shift), end);
            out.add(new DatePart(m.start(), m.end(), date));
        });
        ORDINAL_DAY.forEachMatch(s, m -> {
            LocalDate date = DatePart.dateOrNull(today.getYear(), today.getMonthValue(), Integer.parseInt(m.group(1)));
            if (date != null) {
                int at = s.indexOf("the ", m.start());
                out.add(new DatePart(at, m.end(), date));
            }
        });
        NAMED_DAY.forEachMatch(s, m -> {
            MonthDay day = switch (m.group(1)) {
                case "christmas eve" -> MonthDay.of(12, 24);
                case "christmas day", "christmas" -> MonthDay.of(12, 25);
                case "new year's eve" -> MonthDay.of(12, 31);
                case "valentine's day" -> MonthDay.of(2, 14);
                default -> MonthDay.of(1, 1);
            };
            out.add(new DatePart(m.start(), m.end(), NearestOccurrence.of(day, today)));
        });
        RELATIVE_DAY.forEachMatch(s, m -> {
            String day = m.group(1) != null ? m.group(1) : m.group(4) != null ? "yesterday" : "today";
            int days = switch (day) {
                case "day after tomorrow" -> 2;
                case "day before yesterday" -> -2;
                case "tomorrow", "tmrw", "tmr" -> 1;
                case "yesterday" -> -1;
                default -> 0;
            };
            String part = day.equals("tonight") || m.group(4) != null ? "night"
                    : m.group(2) != null ? m.group(2) : m.group(3);
            out.add(new DatePart(m.start(), m.end(), today.plusDays(days), halfDay(part)));
        });
        WEEKDAY.forEachMatch(s, m -> {
            boolean weekend = m.group(5) != null;
            DayOfWeek dow = weekend ? DayOfWeek.SATURDAY : DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String prefix = weekend ? m.group(4) : m.group(1);
            LocalDate date = switch (prefix == null ? "" : prefix) {
                case "next" -> today.with(DayOfWeek.MONDAY).plusWeeks(1).with(dow);
                case "last" -> today.with(DayOfWeek.MONDAY).minusWeeks(1).with(dow);
                case "this" -> today.with(DayOfWeek.MONDAY).with(dow);
                default -> m.start() >= 6 && s.startsWith("since ", m.start() - 6)
                        ? today.with(TemporalAdjusters.previous(dow))
                        : today.with(TemporalAdjusters.nextOrSame(dow));
            };
            out.add(new DatePart(m.start(), m.end(), date, halfDay(m.group(3))));
        });
        MONTH_DAY.forEachMatch(s, m -> {
            add(out, m, today, m.group(1), m.group(2), m.group(3));
        });
        DAY_MONTH.forEachMatch(s, m -> {
            add(out, m, today, m.group(2), m.group(1), m.group(3));
        });
        IN.forEachMatch(s, m -> {
            int n = EnglishNumberWords.count(m.group(1));
            out.add(new DatePart(m.start(), m.end(), shift(today, n, m.group(2))));
        });
        AGO_LATER.forEachMatch(s, m -> {
            int n = EnglishNumberWords.count(m.group(1)) * (m.group(3).equals("ago") ? -1 : 1);
            out.add(new DatePart(m.start(), m.end(), shift(today, n, m.group(2))));
        });
    }

    /** {@code morning} is before noon; {@code afternoon}, {@code evening} and {@code night} after. */
    private static DatePart.HalfDay halfDay(@Nullable String part) {
        return part == null ? DatePart.HalfDay.UNSAID
                : part.equals("morning") ? DatePart.HalfDay.MORNING : DatePart.HalfDay.AFTERNOON_OR_EVENING;
    }

    private static LocalDate edgeOfMonth(LocalDate first, boolean end) {
        return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
    }

    private static void add(List<DatePart> out, MatchResult m, LocalDate today, String month, String day,
            @Nullable String year) {
        LocalDate date = DatePart.dateOrNull(
                year == null ? today.getYear() : Integer.parseInt(year), monthNumber(month), Integer.parseInt(day));
        if (date != null) {
            out.add(new DatePart(m.start(), m.end(), date));
        }
    }

    private static int monthNumber(String month) {
        return switch (month.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static LocalDate shift(LocalDate today, int n, String unit) {
        return switch (unit) {
            case "week" -> today.plusWeeks(n);
            case "month" -> today.plusMonths(n);
            case "year" -> today.plusYears(n);
            default -> today.plusDays(n);
        };
    }
}
