package org.kefu.nlu.text;

import com.hankcs.hanlp.HanLP;

/**
 * Converts traditional Chinese to simplified with HanLP's conversion dictionary ({@code 訂單還沒到}
 * becomes {@code 订单还没到}). The dictionary is matched longest-first, so phrases convert as units.
 *
 * <p>Skipped for text without CJK ideographs: the dictionary walk is cheap but not free.
 */
final class TraditionalToSimplifiedFilter implements TextFilter {
    private static final int MAX_PASSES = 3;

    @Override
    public String apply(String text) {
        if (!hasIdeograph(text)) {
            return text;
        }
        // The dictionary is matched phrase by phrase, so converting one character can expose a phrase or a
        // character that the first pass skipped. Repeat until nothing changes (twice in practice) so that
        // normalising already-normalised text changes nothing.
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String converted = HanLP.convertToSimplifiedChinese(current);
            if (converted.equals(current)) {
                return converted;
            }
            current = converted;
        }
        return current;
    }

    static boolean hasIdeograph(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2E80' && Character.isIdeographic(c)) {
                return true;
            }
        }
        return false;
    }
}
