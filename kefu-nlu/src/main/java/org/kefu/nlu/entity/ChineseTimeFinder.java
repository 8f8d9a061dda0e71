package org.kefu.nlu.entity;

import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds times of day written the Chinese way: {@code 三点}, {@code 下午3点半}, {@code 晚上八点一刻},
 * {@code 上午10点20分}, {@code 15:30}, {@code 下午3:30}.
 *
 * <p>{@code 下午 傍晚 晚上 夜里} move hours before 12 into the afternoon; {@code 中午} does so for hours before
 * 6 ({@code 中午1点} is 13:00, {@code 中午12点} is noon). A bare {@code 一点} is not read as a time: far more
 * often it means "a little" ({@code 便宜一点}).
 */
final class ChineseTimeFinder {
    private static final String NUM = "(\\d{1,2}|" + ChineseNumerals.SMALL + ")";
    private static final String PERIOD = "(凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|夜间|半夜)?";
    private static final String PERIOD_START = "凌早清上中下傍晚夜半";
    private static final AnchoredPattern CLOCK = new AnchoredPattern(
            PERIOD + NUM + "[点时](?:(半)|(一刻)|(三刻)|" + NUM + "分?)?", PERIOD_START + "0-9" + ChineseNumerals.CHARS);
    private static final AnchoredPattern DIGITAL = new AnchoredPattern(
            PERIOD + "(?<![0-9:])(\\d{1,2}):(\\d{2})(?![0-9:])", PERIOD_START + "0-9");

    void find(String s, List<TimePart> out) {
        CLOCK.forEachMatch(s, m -> {
            String period = m.group(1);
            String hourText = m.group(2);
            boolean minutesGiven = m.group(3) != null || m.group(4) != null || m.group(5) != null
                    || m.group(6) != null;
            if (period == null && !minutesGiven && (hourText.equals("一") || s.startsWith("一点儿", m.start()))) {
                return;
            }
            int minute = m.group(3) != null ? 30
                    : m.group(4) != null ? 15
                    : m.group(5) != null ? 45
                    : m.group(6) != null ? ChineseDateFinder.number(m.group(6)) : 0;
            add(out, m.start(), m.end(), period, ChineseDateFinder.number(hourText), minute, false);
        });
        DIGITAL.forEachMatch(s, m -> add(
                out, m.start(), m.end(), m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), true));
    }

    private static void add(List<TimePart> out, int start, int end, @Nullable String period, int hour, int minute,
            boolean digital) {
        int h = hour;
        if (period != null && h < 12) {
            switch (period) {
                case "下午", "傍晚", "晚上", "夜里", "夜间" -> h += 12;
                case "中午" -> h += h < 6 ? 12 : 0;
                case "半夜" -> h += h >= 6 ? 12 : 0;
                default -> { }
            }
        } else if (period != null && h == 12 && (period.equals("凌晨") || period.equals("半夜"))) {
            h = 0;
        }
        LocalTime time = TimePart.timeOrNull(h, minute);
        if (time != null) {
            TimePart.Form form = period != null ? TimePart.Form.WITH_PERIOD
                    : digital ? TimePart.Form.TWENTY_FOUR_HOUR : TimePart.Form.BARE_HOUR;
            out.add(new TimePart(start, end, time, form));
        }
    }
}
