package org.kefu.nlu.entity;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import org.kefu.nlu.Entity;

/**
 * Finds amounts written in Chinese numerals: {@code 两万块}, {@code 三千五}, {@code 十块钱}, {@code 七块九},
 * {@code 十块五毛}, {@code 三十美元}, {@code 五毛}, {@code 两毛五}. Part of {@link AmountRecognizer}.
 *
 * <p>A run of numerals is an amount when a currency word follows ({@code 块钱 块 元 美元 …}) or when it has a unit
 * of a hundred or more and no measure word follows ({@code 一千克}, {@code 前三百名} are not money). A
 * digit after {@code 块}/{@code 元} counts tenths. Written as a scan over a bit set rather than a regular
 * expression: the JDK tests a class of 28 Chinese numerals one character at a time, which made a
 * 2,000-char message cost milliseconds.
 */
final class ChineseAmountFinder {
    /** Words that make a number a count or a measure, not money: 一千克, 五百片, 前三百名, 8元一份. */
    static final String MEASURE_WORDS = "克米斤两件个份箱盒袋包瓶条双只支张套次名片位人天年月日号楼层分秒多余来";
    private static final BitSet NUMERALS = AnchoredPattern.charSet(ChineseNumerals.CHARS);
    private static final BitSet MEASURES = AnchoredPattern.charSet(MEASURE_WORDS);
    /** 毛 starting a word: 毛衣 (sweater), 毛巾 (towel), 毛病 (fault), … */
    private static final String NOT_AFTER_DIMES = "衣巾绒线发毯料病笔刷皮孩驴片呢";
    /** Currencies named after a numeral without tenths: 三十美元, 两百港币. */
    private static final List<String> CURRENCIES = List.of("人民币", "美元", "美金", "欧元", "港币", "港元", "英镑", "日元");

    private ChineseAmountFinder() {
    }

    static void find(String s, List<Entity> out) {
        dimes(s, out);
        int i = 0;
        while (i < s.length()) {
            if (!NUMERALS.get(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && NUMERALS.get(s.charAt(i))) {
                i++;
            }
            String numeral = s.substring(start, i);
            if (s.startsWith("块钱", i)) {
                add(s, start, i + 2, ChineseNumerals.parse(numeral), out);
            } else if (s.startsWith("块", i) || s.startsWith("元", i)) {
                addWithTenths(s, start, i + 1, ChineseNumerals.parse(numeral), out);
            } else if (currencyAt(s, i) > 0) {
                add(s, start, i + currencyAt(s, i), ChineseNumerals.parse(numeral), out);
            } else if ((i == s.length() || !MEASURES.get(s.charAt(i))) && ChineseNumerals.hasLargeUnit(numeral)) {
                add(s, start, i, ChineseNumerals.parse(numeral), out);
            }
        }
    }

    /**
     * {@code 五毛}, {@code 八毛钱}, {@code 两毛五}, {@code 5角钱}: less than a yuan. Within a larger amount
     * ({@code 十块五毛}) the dimes are read by {@link #addWithTenths}; 毛 starting a word ({@code 两毛衣} is no
     * sum) or 角 without 钱 ({@code 三角}, a triangle or a corner) is no money.
     */
    private static void dimes(String s, List<Entity> out) {
        for (int at = s.indexOf('毛', 1); at >= 0; at = s.indexOf('毛', at + 1)) {
            addDimes(s, at, at + 1, out);
        }
        for (int at = s.indexOf("角钱", 1); at >= 0; at = s.indexOf("角钱", at + 1)) {
            addDimes(s, at, at + 2, out);
        }
    }

    private static void addDimes(String s, int unit, int afterUnit, List<Entity> out) {
        int dimes = digit(s.charAt(unit - 1));
        if (dimes < 1 || dimes > 9 || unit >= 2 && isPartOfSum(s.charAt(unit - 2))) {
            return;
        }
        if (afterUnit < s.length() && NOT_AFTER_DIMES.indexOf(s.charAt(afterUnit)) >= 0) {
            return;
        }
        int end = afterUnit;
        int cents = 0;
        if (end < s.length() && s.charAt(end) == '钱') {
            end++;
        } else if (end < s.length() && digit(s.charAt(end)) > 0 && digit(s.charAt(end)) <= 9
                && (end + 1 == s.length() || !isPartOfSum(s.charAt(end + 1)) && !MEASURES.get(s.charAt(end + 1))
                        || s.charAt(end + 1) == '分')) {
            cents = digit(s.charAt(end));
            end += end + 1 < s.length() && s.charAt(end + 1) == '分' ? 2 : 1;
        }
        out.add(AmountRecognizer.entity(s, unit - 1, end, BigDecimal.valueOf(dimes * 10L + cents, 2)));
    }

    /** A digit, numeral, decimal point or currency before a digit makes it part of a larger number. */
    private static boolean isPartOfSum(char c) {
        return isNumeral(c) || c == '.' || c == '块' || c == '元';
    }

    /** Whether {@code c} is an ASCII digit or a Chinese numeral. */
    static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || NUMERALS.get(c);
    }

    /** The length of the currency word at {@code i}, or 0. */
    private static int currencyAt(String s, int i) {
        for (String currency : CURRENCIES) {
            if (s.startsWith(currency, i)) {
                return currency.length();
            }
        }
        return 0;
    }

    /** {@code 七块九} is 7.90, {@code 十块五毛} 10.50; {@code 八元一份} stays 8: a measure word follows. */
    private static void addWithTenths(String s, int start, int afterUnit, long whole, List<Entity> out) {
        int tenths = afterUnit < s.length() ? digit(s.charAt(afterUnit)) : -1;
        if (tenths > 0) {
            int next = afterUnit + 1;
            if (next < s.length() && (s.charAt(next) == '毛' || s.charAt(next) == '角')) {
                add(s, start, next + 1, whole, tenths, out);
                return;
            }
            boolean followedByNumberOrMeasure = next < s.length()
                    && (digit(s.charAt(next)) >= 0 || NUMERALS.get(s.charAt(next)) || MEASURES.get(s.charAt(next)));
            if (!followedByNumberOrMeasure) {
                add(s, start, next, whole, tenths, out);
                return;
            }
        }
        add(s, start, afterUnit, whole, out);
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : ChineseNumerals.digitValue(c);
    }

    private static void add(String s, int start, int end, long whole, List<Entity> out) {
        if (whole > 0) {
            out.add(AmountRecognizer.entity(s, start, end, BigDecimal.valueOf(whole)));
        }
    }

    private static void add(String s, int start, int end, long whole, int tenths, List<Entity> out) {
        if (whole >= 0) {
            out.add(AmountRecognizer.entity(s, start, end, BigDecimal.valueOf(whole * 10 + tenths, 1)));
        }
    }
}
