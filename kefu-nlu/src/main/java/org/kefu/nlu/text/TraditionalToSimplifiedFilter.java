package org.kefu.nlu.text;

import com.hankcs.hanlp.HanLP;

/**
 * Converts traditional Chinese to simplified with HanLP's conversion dictionary ({@code 訂單還沒到}
 * becomes {@code 订单还没到}). The dictionary is matched longest-first, so phrases convert as units.
 *
 * <p>Skipped for text without CJK ideographs: the dictionary walk is cheap but not free.
 */
final class TraditionalToSimplifiedFilter implements TextFilter {

    @Override
    public String apply(String text) {
        if (!hasIdeograph(text)) {
            return text;
        }
        return HanLP.convertToSimplifiedChinese(text);
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
