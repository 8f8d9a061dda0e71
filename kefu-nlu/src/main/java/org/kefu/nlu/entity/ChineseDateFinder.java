package org.kefu.nlu.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds dates written the Chinese way (and numeric ISO dates) and resolves them against today:
 * {@code 今天 明天 后天 大后天 昨天 前天 今晚 明早 明儿}, {@code 周五 下周五 上星期一 这个礼拜天 周末},
 * {@code 2026年11月26日 11月26号 十一月二十六日 26号 下个月5号}, {@code 2026-11-26 2026/11/26 2026.11.26},
 * {@code 3天后 三天前 两周后 一个月以后}, {@code 月底 下个月初 年底}, {@code 双十一 元旦 国庆}. {@code 25日之前} is "before the 25th", not "25 days ago".
 *
 * <p>Week words follow the Monday-based calendar week: {@code 下周五} is the Friday of next week,
 * {@code 上周五} the Friday of last week, {@code 这周五} the Friday of this week even if it is past, and a
 * bare {@code 周五} the coming Friday (today if today is Friday). A date without a year is in the current
 * year; a day without a month ({@code 26号}) is in the current month.
 */
final class ChineseDateFinder {
    private static final String NUM = "(\\d{1,2}|" + ChineseNumerals.SMALL + ")";
    private static final String NUMBER_START = "0-9" + ChineseNumerals.CHARS;
    private static final AnchoredPattern RELATIVE_DAY = new AnchoredPattern(
            "大前天|前天|昨天|昨日|昨晚|昨儿|今天|今日|今晚|今早|今儿|明天|明日|明晚|明早|明儿|大后天|后天", "大前昨今明后");
    private static final AnchoredPattern WEEKDAY = new AnchoredPattern(
            "(上上|上|下下|下|这|本)?个?(?:周|星期|礼拜)([一二三四五六日天1-7]|末)", "上下这本个周星礼");
    private static final AnchoredPattern YEAR_MONTH_DAY = new AnchoredPattern(
            "(?:(\\d{4}|[〇零一二三四五六七八九]{4})年)?" + NUM + "月" + NUM + "[日号]", NUMBER_START);
    private static final AnchoredPattern RELATIVE_MONTH_DAY = new AnchoredPattern(
            "(上|下|这|本)个?月" + NUM + "[日号]", "上下这本");
    /** A day of this month, unless it is a house number (滨江路10号), a size (大一号) or a line (3号线). */
    private static final AnchoredPattern DAY_ONLY = new AnchoredPattern(
            "(?<!大了|小了)" + NUM + "[号日](?![楼线床门位码店窗口机房台室栋])",
            NUMBER_START,
            "0-9.月路街巷道弄里村楼栋座层室院区大小" + ChineseNumerals.CHARS);
    /** {@code 1.20号}: month and day separated by a dot, as in shop notices. */
    private static final AnchoredPattern MONTH_DOT_DAY = new AnchoredPattern(
            "(?<![0-9.])(\\d{1,2})\\.(\\d{1,2})[号日]", "0-9");
    private static final AnchoredPattern ISO = new AnchoredPattern(
            "(?<![0-9])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![0-9])", "0-9");
    /** Dates shops and banks are asked about by name; each is read as its nearest occurrence. */
    private static final Map<String, MonthDay> NAMED_DAYS = Map.ofEntries(
            Map.entry("双十一", MonthDay.of(11, 11)), Map.entry("双11", MonthDay.of(11, 11)),
            Map.entry("双十二", MonthDay.of(12, 12)), Map.entry("双12", MonthDay.of(12, 12)),
            Map.entry("元旦", MonthDay.of(1, 1)), Map.entry("情人节", MonthDay.of(2, 14)),
            Map.entry("劳动节", MonthDay.of(5, 1)), Map.entry("儿童节", MonthDay.of(6, 1)),
            Map.entry("国庆节", MonthDay.of(10, 1)), Map.entry("国庆", MonthDay.of(10, 1)),
            Map.entry("平安夜", MonthDay.of(12, 24)), Map.entry("圣诞节", MonthDay.of(12, 25)),
            Map.entry("圣诞", MonthDay.of(12, 25)));
    /** The names, longest first so that 国庆节 wins over 国庆. */
    private static final AnchoredPattern NAMED_DAY = new AnchoredPattern(
            NAMED_DAYS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                    .thenComparing(Comparator.naturalOrder())).collect(Collectors.joining("|")),
            NAMED_DAYS.keySet().stream().map(name -> name.substring(0, 1)).distinct().collect(Collectors.joining()));
    /** {@code 月底}, {@code 下个月初}, {@code 年底}: the last or first day of a month, or the year's last. */
    private static final AnchoredPattern MONTH_EDGE = new AnchoredPattern(
            "(?:" + NUM + "|(上|下|这|本)个?)?月(底|末|初)|(今|明|去|\\d{4})?年(底|末)",
            NUMBER_START + "上下这本月今明去年");
    private static final AnchoredPattern HALF_MONTH_LATER = new AnchoredPattern("半个?月(以后|之后|后)", "半");
    private static final AnchoredPattern OFFSET = new AnchoredPattern(
            "(\\d{1,3}|" + ChineseNumerals.SMALL + ")个?(天|周|星期|礼拜|月|年)(以后|之后|后|以前|之前|前)", NUMBER_START);

    void find(String s, LocalDate today, List<DatePart> out) {
        relativeDays(s, today, out);
        weekdays(s, today, out);
        absolute(s, today, out);
        offsets(s, today, out);
        named(s, today, out);
    }

    private static void named(String s, LocalDate today, List<DatePart> out) {
        NAMED_DAY.forEachMatch(s, m -> {
            add(out, m, NearestOccurrence.of(NAMED_DAYS.get(m.group()), today));
        });
        MONTH_EDGE.forEachMatch(s, m -> {
            if (m.group(5) != null) {
                String which = m.group(4);
                int year = switch (which == null ? "今" : which) {
                    case "今" -> today.getYear();
                    case "明" -> today.getYear() + 1;
                    case "去" -> today.getYear() - 1;
                    default -> Integer.parseInt(which);
                };
                add(out, m, LocalDate.of(year, 12, 31));
                return;
            }
            LocalDate first;
            if (m.group(1) != null) {
                int month = number(m.group(1));
                if (month < 1 || month > 12) {
                    return;
                }
                first = LocalDate.of(today.getYear(), month, 1);
            } else {
                first = today.withDayOfMonth(1).plusMonths(monthShift(m.group(2)));
            }
            add(out, m, m.group(3).equals("初") ? first : first.withDayOfMonth(first.lengthOfMonth()));
        });
    }

    private static void relativeDays(String s, LocalDate today, List<DatePart> out) {
        RELATIVE_DAY.forEachMatch(s, m -> {
            String w = m.group();
            int days = switch (w) {
                case "大前天" -> -3;
                case "前天" -> -2;
                case "昨天", "昨日", "昨晚", "昨儿" -> -1;
                case "明天", "明日", "明晚", "明早", "明儿" -> 1;
                case "后天" -> 2;
                case "大后天" -> 3;
                default -> 0;
            };
            DatePart.HalfDay half = w.endsWith("晚") ? DatePart.HalfDay.AFTERNOON_OR_EVENING
                    : w.endsWith("早") ? DatePart.HalfDay.MORNING : DatePart.HalfDay.UNSAID;
            out.add(new DatePart(m.start(), m.end(), today.plusDays(days), half));
        });
    }

    private static void weekdays(String s, LocalDate today, List<DatePart> out) {
        WEEKDAY.forEachMatch(s, m -> {
            String prefix = m.group(1);
            String day = m.group(2);
            DayOfWeek dow = day.equals("末") ? DayOfWeek.SATURDAY : DayOfWeek.of(weekdayNumber(day.charAt(0)));
            LocalDate date;
            if (prefix == null) {
                date = today.with(TemporalAdjusters.nextOrSame(dow));
            } else {
                int weeks = switch (prefix) {
                    case "上上" -> -2;
                    case "上" -> -1;
                    case "下" -> 1;
                    case "下下" -> 2;
                    default -> 0;
                };
                date = today.with(DayOfWeek.MONDAY).plusWeeks(weeks).with(dow);
            }
            out.add(new DatePart(m.start(), m.end(), date));
        });
    }

    private static int weekdayNumber(char c) {
        if (c >= '1' && c <= '7') {
            return c - '0';
        }
        return c == '日' || c == '天' ? 7 : ChineseNumerals.digitValue(c);
    }

    private static void absolute(String s, LocalDate today, List<DatePart> out) {
        YEAR_MONTH_DAY.forEachMatch(s, m -> {
            int year = m.group(1) == null ? today.getYear() : number(m.group(1));
            add(out, m, DatePart.dateOrNull(year, number(m.group(2)), number(m.group(3))));
        });
        RELATIVE_MONTH_DAY.forEachMatch(s, m -> {
            LocalDate month = today.withDayOfMonth(1).plusMonths(monthShift(m.group(1)));
            add(out, m, DatePart.dateOrNull(month.getYear(), month.getMonthValue(), number(m.group(2))));
        });
        DAY_ONLY.forEachMatch(s, m -> {
            add(out, m, DatePart.dateOrNull(today.getYear(), today.getMonthValue(), number(m.group(1))));
        });
        MONTH_DOT_DAY.forEachMatch(s, m -> add(out, m, DatePart.dateOrNull(
                today.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        ISO.forEachMatch(s, m -> {
            add(out, m, DatePart.dateOrNull(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
        });
    }

    private static void offsets(String s, LocalDate today, List<DatePart> out) {
        HALF_MONTH_LATER.forEachMatch(s, m -> add(out, m, today.plusDays(15)));
        OFFSET.forEachMatch(s, m -> {
            int n = number(m.group(1));
            if (n < 0) {
                return;
            }
            int sign = m.group(3).endsWith("后") ? 1 : -1;
            LocalDate date = switch (m.group(2)) {
                case "天" -> today.plusDays((long) sign * n);
                case "月" -> today.plusMonths((long) sign * n);
                case "年" -> today.plusYears((long) sign * n);
                default -> today.plusWeeks((long) sign * n);
            };
            out.add(new DatePart(m.start(), m.end(), date));
        });
    }

    /** Months from this one: 上(个月) is last month, 下 next; 这, 本 or nothing this one. */
    private static int monthShift(@Nullable String prefix) {
        return prefix == null ? 0 : switch (prefix) {
            case "上" -> -1;
            case "下" -> 1;
            default -> 0;
        };
    }

    private static void add(List<DatePart> out, MatchResult m, @Nullable LocalDate date) {
        if (date != null) {
            out.add(new DatePart(m.start(), m.end(), date));
        }
    }

    /** Arabic digits, a Chinese digit string ({@code 二〇二六}) or a Chinese numeral ({@code 二十六}); -1 if none. */
    static int number(String s) {
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return s.length() > 9 ? -1 : Integer.parseInt(s);
        }
        if (s.length() == 4 && s.chars().allMatch(c -> ChineseNumerals.digitValue((char) c) >= 0)) {
            int v = 0;
            for (int i = 0; i < 4; i++) {
                v = v * 10 + ChineseNumerals.digitValue(s.charAt(i));
            }
            return v;
        }
        long v = ChineseNumerals.parse(s);
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }
}
