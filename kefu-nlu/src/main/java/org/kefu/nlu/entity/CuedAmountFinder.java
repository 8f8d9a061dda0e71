package org.kefu.nlu.entity;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.nlu.Entity;

/**
 * Finds bare numbers that a verb of paying makes money: {@code 转账5000}, {@code 我要转1000给他},
 * {@code 退我59.9}, {@code 扣了二十}, {@code transfer 500 to my savings}, {@code I was charged 35.50 twice},
 * {@code a refund of 59.9}. Part of {@link AmountRecognizer}.
 *
 * <p>Elsewhere a bare number is not an amount; after these verbs customers leave the currency out because it
 * goes without saying. The number must still read as a sum, not a count or a code: at most eight digits
 * before the decimal point (longer runs are order, phone and card numbers), no measure word or unit after it
 * ({@code 退了3件}, {@code 转了2笔}, {@code charged 3 times}, {@code transferred 2 days ago}), and in English a
 * whole number only before a word that ends the sum ({@code to}, {@code for}, {@code twice}, …) or at a
 * clause's end, while a number with two decimal places ({@code 35.50}) is money wherever it stands.
 */
final class CuedAmountFinder {
    /** Verbs of moving money, then whom it went to: 转给他500, 退我59.9, 扣了我50. */
    private static final AnchoredPattern CHINESE = new AnchoredPattern(
            "(?:转账|转|汇款|汇|付款|付|支付|扣款|扣费|扣|退款|退|充值|充|还款|还|取款|取|提现|花|收费|收|罚)"
                    + "(?:了|掉|走|出|回)?(?:给?(?:我|你|他|她|对方|你们|我们))?(?:了)? ?"
                    + "(\\d{1,8}(?:\\.\\d{1,2})?|[一二两三四五六七八九十百千万]{2,6})"
                    + "(?![0-9.a-z%" + ChineseNumerals.CHARS + ChineseAmountFinder.MEASURE_WORDS
                    + "笔单下点些半块元角毛岁倍折成])",
            "转汇付支扣退充还取提花收罚");
    private static final String ENGLISH_VERB = "(?:transfer(?:red)?|send|sent|pa(?:y|id)|charged?|refund(?:ed)?|"
            + "withdr[ae]w|withdrawn|withdraw|deposit(?:ed)?|top(?:ped)? up|spen[dt]|cost|owe)";
    private static final String ENGLISH_FILLER = "(?: (?:me|you|him|her|them|us|myself|back|over|out|just|only|"
            + "about|around|exactly|almost|nearly|of|for))*";
    /**
     * A sum with cents ({@code 35.50}, {@code 59.9}), money wherever it stands, or a whole sum before a word that
     * ends it or at a clause's end.
     */
    private static final AnchoredPattern ENGLISH = new AnchoredPattern(
            "\\b" + ENGLISH_VERB + ENGLISH_FILLER + " (?:(\\d{1,8}\\.\\d{1,2})(?![0-9a-z%])|(\\d{1,8})"
                    + "(?= (?:to|into|from|for|twice|back|on|at|and|but|yesterday|today|last|this|already|instead|"
                    + "which|that|when|because|so|by)\\b|\\s*[.,!?;)](?![0-9])|\\s*$))",
            "tsprcwdo");

    private CuedAmountFinder() {}

    static void find(String s, List<Entity> out) {
        CHINESE.forEachMatch(s, m -> {
            String number = m.group(1);
            BigDecimal value = Character.isDigit(number.charAt(0))
                    ? new BigDecimal(number)
                    : chineseSum(number);
            if (value != null && value.signum() > 0) {
                out.add(AmountRecognizer.entity(s, m.start(1), m.end(1), value));
            }
        });
        ENGLISH.forEachMatch(s, m -> {
            int group = m.group(1) != null ? 1 : 2;
            add(s, m.start(group), m.end(group), out);
        });
    }

    /** A Chinese numeral of ten or more ({@code 二十}, {@code 三百五}); a smaller one is a count (转一下, 还两次). */
    private static @Nullable BigDecimal chineseSum(String numeral) {
        long value = ChineseNumerals.parse(numeral);
        return value >= 10 ? BigDecimal.valueOf(value) : null;
    }

    private static void add(String s, int start, int end, List<Entity> out) {
        BigDecimal value = new BigDecimal(s.substring(start, end));
        if (value.signum() > 0) {
            out.add(AmountRecognizer.entity(s, start, end, value));
        }
    }
}
