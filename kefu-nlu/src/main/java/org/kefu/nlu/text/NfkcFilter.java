package org.kefu.nlu.text;

import java.text.Normalizer;

/**
 * Unicode NFKC normalisation: compatibility forms become their plain equivalents (①→1, ﬁ→fi,
 * full-width ＡＢＣ１２３→ABC123, ideographic space→space, half-width katakana→katakana).
 */
final class NfkcFilter implements TextFilter {

    @Override
    public String apply(String text) {
        if (isAscii(text)) {
            return text; // NFKC leaves ASCII unchanged; skip the normaliser's setup cost
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
