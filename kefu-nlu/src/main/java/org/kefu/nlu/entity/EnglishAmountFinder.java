package org.kefu.nlu.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefu.nlu.Entity;

/**
 * Finds amounts written in English number words before a currency word: {@code thirty dollars},
 * {@code a hundred and fifty yuan}, {@code twenty-five bucks}, {@code two thousand rmb}. Part of
 * {@link AmountRecognizer}. Without a currency word a number word is a count ("two cases"), not money.
 */
final class EnglishAmountFinder {
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Set<String> CURRENCIES =
            Set.of("dollar", "dollars", "buck", "bucks", "yuan", "rmb", "usd", "euro", "euros", "eur", "hkd", "gbp");
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L);

    private EnglishAmountFinder() {
    }

    static void find(String s, List<Entity> out) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        boolean anyCurrency = false;
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
            anyCurrency |= CURRENCIES.contains(m.group());
        }
        if (!anyCurrency) {
            return;
        }
        for (int c = 1; c < words.size(); c++) {
            if (!CURRENCIES.contains(word(s, words.get(c))) || !joined(s, words.get(c - 1), words.get(c))) {
                continue;
            }
            // The longest run of number words that reads as one number and ends right before the currency.
            int first = c;
            while (first > 0 && isNumberWord(word(s, words.get(first - 1)))
                    && (first == c || joined(s, words.get(first - 1), words.get(first)))) {
                first--;
            }
            for (int start = first; start < c; start++) {
                long value = parse(s, words.subList(start, c));
                if (value > 0) {
                    out.add(AmountRecognizer.entity(s, words.get(start)[0], words.get(c)[1], BigDecimal.valueOf(value)));
                    break;
                }
            }
        }
    }

    /** The value of number words such as "a hundred and twenty-five", or -1 when they do not make one number. */
    static long parse(String s, List<int[]> span) {
        long total = 0;
        long current = 0;
        int lastOnes = -1; // value of the last ones or tens word in the current group, -1 if none
        boolean any = false;
        for (int i = 0; i < span.size(); i++) {
            String w = word(s, span.get(i));
            String next = i + 1 < span.size() ? word(s, span.get(i + 1)) : "";
            if (w.equals("and")) {
                if (!any || current % 100 != 0 || next.isEmpty()) {
                    return -1; // "and" only joins a hundred to what follows: "a hundred and fifty"
                }
                continue;
            }
            if (w.equals("a")) {
                if (any || !(next.equals("hundred") || SCALES.containsKey(next))) {
                    return -1;
                }
                current = 1;
                lastOnes = 1;
                any = true;
                continue;
            }
            Integer ones = EnglishNumberWords.ONES.get(w);
            Integer tens = EnglishNumberWords.TENS.get(w);
            if (ones != null || tens != null) {
                int v = ones != null ? ones : tens;
                // "twenty five" and "twenty-five" are one number; "five five" and "twenty thirty" are not.
                boolean follows = lastOnes < 0 || (lastOnes % 10 == 0 && lastOnes >= 20 && ones != null && v < 10);
                if (!follows) {
                    return -1;
                }
                current += v;
                lastOnes = lastOnes < 0 ? v : lastOnes + v;
                any = true;
            } else if (w.equals("hundred")) {
                if (current == 0 || current % 100 != current) {
                    return -1;
                }
                current *= 100;
                lastOnes = -1;
            } else if (SCALES.containsKey(w)) {
                if (current == 0) {
                    return -1;
                }
                total += current * SCALES.get(w);
                current = 0;
                lastOnes = -1;
            } else {
                return -1;
            }
        }
        return any ? total + current : -1;
    }

    private static boolean isNumberWord(String w) {
        return EnglishNumberWords.ONES.containsKey(w) || EnglishNumberWords.TENS.containsKey(w)
                || SCALES.containsKey(w)
                || w.equals("hundred") || w.equals("and") || w.equals("a");
    }

    /** True when only one space or hyphen separates the two words. */
    private static boolean joined(String s, int[] left, int[] right) {
        return right[0] - left[1] == 1 && (s.charAt(left[1]) == ' ' || s.charAt(left[1]) == '-');
    }

    private static String word(String s, int[] span) {
        return s.substring(span[0], span[1]);
    }
}
