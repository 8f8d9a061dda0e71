package org.kefu.nlu.entity;

import java.util.List;
import java.util.Random;

/**
 * Random messages for robustness tests, in the spirit of Lucene's {@code checkRandomData}: arbitrary
 * code points (lone surrogates, controls, combining marks, emoji, full-width forms, CJK) and random
 * concatenations of fragments that look like entities, so the recognisers see near-misses too.
 */
final class RandomText {
    private static final List<String> FRAGMENTS = List.of(
            "明天", "下午", "三点", "半", "下周五", "周", "号", "月", "11", "26", "日", "2026", "-", "/", ":", ".",
            "¥", "$", "1,299", "元", "块", "万", "千", "两", "三千五", "k", "w", "+86", "138", "0013", "8000",
            " ", "  ", "@", "example", ".com", "x", "X", "11010519491231002", "6222", "next", "friday", "in",
            "days", "ago", "pm", "am", "订单", "退货", "iPhone", "苹果15", "京城", "刘德华", "😀", "👨‍👩‍👧",
            "\u0000", "\uD800", "\uDC00", "\u200B", "\u3000", "ＡＢＣ", "１２３", "訂單", "\u0301", "\n", "\t");

    private RandomText() {
    }

    static String next(Random random) {
        int kind = random.nextInt(100);
        if (kind < 40) {
            return fragments(random, random.nextInt(12));
        }
        if (kind < 97) {
            return codePoints(random, random.nextInt(40));
        }
        // occasionally a huge message, beyond the pipeline's cap
        return random.nextBoolean() ? codePoints(random, 3_000 + random.nextInt(9_000))
                : fragments(random, 1_000 + random.nextInt(3_000));
    }

    private static String fragments(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        }
        return sb.toString();
    }

    private static String codePoints(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int range = random.nextInt(9);
            switch (range) {
                case 0 -> sb.append((char) random.nextInt(0x80)); // ASCII incl. controls
                case 1 -> sb.append((char) (0x4E00 + random.nextInt(0x5200))); // CJK ideographs
                case 2 -> sb.append((char) (0xFF01 + random.nextInt(0x5E))); // full-width forms
                case 3 -> sb.appendCodePoint(0x1F300 + random.nextInt(0x300)); // emoji
                case 4 -> sb.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogate
                case 5 -> sb.append((char) ('0' + random.nextInt(10)));
                case 6 -> sb.append((char) (0x300 + random.nextInt(0x70))); // combining marks
                case 7 -> sb.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1)); // anything
                default -> sb.append((char) random.nextInt(0x10000)); // any UTF-16 unit
            }
        }
        return sb.toString();
    }
}
