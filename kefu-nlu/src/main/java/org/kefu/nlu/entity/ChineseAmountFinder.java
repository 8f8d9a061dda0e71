package org.kefu.nlu.entity;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import org.kefu.nlu.Entity;

/**
 * Finds amounts written in Chinese numerals: {@code 两万块}, {@code 三千五}, {@code 十块钱}, {@code 七块九},
 * {@code 十块五毛}, {@code 三十美元}. Part of {@link AmountRecognizer}.
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
    /** Currencies named after a numeral without tenths: 三十美元, 两百港币. */
    private static final List<String> CURRENCIES = List.of("人民币", "美元", "美金", "欧元", "港币", "港元", "英镑", "日元");

    private ChineseAmountFinder() {
    }

    static void find(String s, List<Entity> out) {
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
