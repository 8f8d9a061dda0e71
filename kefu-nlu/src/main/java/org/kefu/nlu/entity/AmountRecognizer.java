package org.kefu.nlu.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.kefu.nlu.Entity;
import org.kefu.nlu.text.AnalyzedText;

/**
 * Recognises amounts of money: {@code ¥1,299}, {@code 1299元}, {@code $30}, {@code 30 dollars},
 * {@code 2k}, {@code 1.5万}, {@code 1万2}, {@code 100多块}, {@code 两万块}, {@code 三千五}, {@code 三十美元},
 * {@code 5块5}, {@code €20}, {@code fifty bucks}.
 *
 * <p>The value is a plain decimal with two places ({@code "1299.00"}), as {@link Entity#value()} promises;
 * the currency is not part of it. Customer-service bots deal in one currency, and a dialogue that must
 * tell {@code $30} from {@code 30元} can read {@link Entity#text()}.
 *
 * <p>A bare number is not an amount: it needs a currency sign or word ({@code ¥ $ 元 块 rmb usd dollars}),
 * a multiplier ({@code k w 千 万 亿}) or, written in Chinese numerals, a unit of a hundred or more, so
 * {@code 三千五} is 3500 while {@code 三个}, {@code 一千克}, {@code 前三百名} and the adverb {@code 千万} are not
 * amounts; or else a verb of paying before it ({@code 转账5000}, {@code charged 35.50}, see
 * {@link CuedAmountFinder}).
 */
final class AmountRecognizer implements Recognizer {
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String MULTIPLIER = "(k|w|百万|千万|千|万|亿)?";
    private static final String CURRENCY_WORD = "(?:元|块钱|块|人民币|美元|美金|欧元|港币|港元|英镑|日元"
            + "|rmb|cny|yuan|usd|dollars?|bucks|euros?|eur|hkd|gbp)";
    private static final AnchoredPattern PREFIXED = new AnchoredPattern(
            "(?:[¥$€£]|rmb|cny|usd|us\\$|hk\\$|eur|hkd|gbp) ?" + NUMBER + MULTIPLIER + "(?![0-9a-z])", "¥$€£rcuehg");
    /** {@code 100多块}, {@code 1千多元}: "and some" still names the amount's order; the value is its lower end. */
    private static final AnchoredPattern SUFFIXED = new AnchoredPattern(
            "(?<![0-9a-z.,$¥])" + NUMBER + " ?" + MULTIPLIER + "(?:多|余)? ?" + CURRENCY_WORD + "(?![a-z])", "0-9");
    /** {@code 1万2} is 12,000 and {@code 3千5} 3,500, as customers type them: a digit after the unit is one step below. */
    private static final AnchoredPattern COLLOQUIAL = new AnchoredPattern(
            "(?<![0-9a-z.,$¥])(\\d{1,4})(万|千)([1-9])(?![0-9a-z.," + ChineseNumerals.CHARS
                    + ChineseAmountFinder.MEASURE_WORDS + "])",
            "0-9");
    private static final AnchoredPattern MULTIPLIED = new AnchoredPattern(
            "(?<![0-9a-z.,$¥])" + NUMBER + "(k|w|万|千|亿)(?![a-z米克瓦步字年])", "0-9");
    /** {@code 5块5}, {@code 3元2角}: a digit after the unit counts tenths (毛/角). */
    private static final AnchoredPattern TENTHS = new AnchoredPattern(
            "(?<![0-9.,])(\\d{1,15})[块元]([0-9]|[一二两三四五六七八九])"
                    + "(?:[毛角]|(?![0-9" + ChineseNumerals.CHARS + ChineseAmountFinder.MEASURE_WORDS + "]))",
            "0-9");

    @Override
    public void recognize(AnalyzedText text, List<Entity> out) {
        String s = text.normalized();
        if (Digits.any(s)) {
            find(PREFIXED, s, out);
            find(SUFFIXED, s, out);
            find(MULTIPLIED, s, out);
            COLLOQUIAL.forEachMatch(s, m -> {
                long unit = multiplierValue(m.group(2));
                long value = Long.parseLong(m.group(1)) * unit + Long.parseLong(m.group(3)) * (unit / 10);
                out.add(entity(s, m.start(), m.end(), BigDecimal.valueOf(value)));
            });
            TENTHS.forEachMatch(s, m -> {
                char t = m.group(2).charAt(0);
                int tenths = t >= '0' && t <= '9' ? t - '0' : ChineseNumerals.digitValue(t);
                long whole = Long.parseLong(m.group(1));
                out.add(entity(s, m.start(), m.end(), BigDecimal.valueOf(whole * 10 + tenths, 1)));
            });
        }
        ChineseAmountFinder.find(s, out);
        EnglishAmountFinder.find(s, out);
        CuedAmountFinder.find(s, out);
    }

    private static void find(AnchoredPattern pattern, String s, List<Entity> out) {
        pattern.forEachMatch(s, m -> {
            BigDecimal amount = new BigDecimal(m.group(1).replace(",", ""));
            String multiplier = m.group(2);
            if (multiplier != null) {
                amount = amount.multiply(BigDecimal.valueOf(multiplierValue(multiplier)));
            }
            out.add(entity(s, m.start(), m.end(), amount));
        });
    }

    /** An amount entity for {@code s[start, end)}, its value with two decimal places. */
    static Entity entity(String s, int start, int end, BigDecimal amount) {
        String value = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return new Entity(Entity.AMOUNT, s.substring(start, end), start, end, value);
    }

    private static long multiplierValue(String m) {
        return switch (m) {
            case "k", "千" -> 1_000L;
            case "w", "万" -> 10_000L;
            case "百万" -> 1_000_000L;
            case "千万" -> 10_000_000L;
            case "亿" -> 100_000_000L;
            default -> 1L;
        };
    }
}
