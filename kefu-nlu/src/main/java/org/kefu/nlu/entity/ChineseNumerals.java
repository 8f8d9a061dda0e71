package org.kefu.nlu.entity;

/**
 * Reads numbers written in Chinese numerals, including the colloquial short forms customers type:
 * {@code 三千五} is 3500, {@code 两万五} is 25000, {@code 十五} is 15, {@code 一百零五} is 105. Financial
 * numerals ({@code 壹贰叁…拾佰仟}) are read too.
 */
final class ChineseNumerals {
    /** Characters that may appear in a Chinese numeral; for building regular expressions. */
    static final String CHARS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟";

    /**
     * A regular expression for a Chinese numeral from 0 to 99 ({@code 三}, {@code 十五}, {@code 二十六}),
     * precise enough that {@code 周五三点} yields {@code 三点}, not an unreadable {@code 五三点}.
     */
    static final String SMALL = "(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[〇零一二两三四五六七八九])";

    private ChineseNumerals() {
    }

    /**
     * The value of a Chinese numeral, or -1 when {@code s} is not one (empty, a digit sequence such as
     * {@code 一二三}, units without digits such as {@code 千万}, or too large for a long).
     */
    static long parse(CharSequence s) {
        if (s.isEmpty()) {
            return -1;
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        long lastUnit = 0;
        boolean afterZero = false;
        boolean sawDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitValue(c);
            if (d == 0) {
                afterZero = true;
                continue;
            }
            if (d > 0) {
                if (digit >= 0) {
                    return -1; // "一二" is a digit string, not a numeral
                }
                digit = d;
                sawDigit = true;
                continue;
            }
            long unit = unitValue(c);
            if (unit < 0) {
                return -1;
            }
            if (unit >= 10_000) {
                section += Math.max(digit, 0);
                if (section == 0 && total == 0) {
                    return -1; // "万" or "亿" with nothing to multiply
                }
                total = unit == 100_000_000L ? (total + section) * unit : total + section * unit;
                section = 0;
            } else {
                if (digit < 0 && unit != 10) {
                    return -1; // "百" or "千" needs a digit before it; only "十" stands alone
                }
                section += Math.max(digit, 1) * unit;
                sawDigit = true; // a lone "十" means one ten: "十万" is 100000
            }
            digit = -1;
            lastUnit = unit;
            afterZero = false;
            if (total > 1_000_000_000_000L) {
                return -1;
            }
        }
        if (digit >= 0) {
            // a trailing digit right after a unit is one step below it: 三千五 = 3500, 两万五 = 25000
            section += !afterZero && lastUnit >= 10 ? digit * (lastUnit / 10) : digit;
        }
        if (!sawDigit && lastUnit != 10) {
            return -1;
        }
        return total + section;
    }

    /** True when {@code s} has a unit of a hundred or more (百, 千, 万, 亿): "三千五" reads as an amount, "三" does not. */
    static boolean hasLargeUnit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (unitValue(s.charAt(i)) >= 100) {
                return true;
            }
        }
        return false;
    }

    /** The value of a single Chinese digit, or -1. */
    static int digitValue(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    private static long unitValue(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1_000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000L;
            default -> -1;
        };
    }
}
