package org.kefu.nlu.text;

import org.kefu.nlu.Language;

/**
 * Decides the language of a normalised message by counting Han ideographs and Latin letters.
 *
 * <p>Customer messages are too short for n-gram language models to be reliable, and Kefu only needs to
 * tell Chinese from English: Han only is {@link Language#ZH}, Latin only is {@link Language#EN}, both is
 * {@link Language#MIXED} ({@code 我的iphone订单}), neither (digits, emoji, punctuation, other scripts)
 * is {@link Language#UNKNOWN}.
 */
final class LanguageDetector {

    Language detect(String text) {
        boolean han = false;
        boolean latin = false;
        for (int i = 0; i < text.length() && !(han && latin); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                latin |= (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
            } else if (Character.isIdeographic(cp)) {
                han = true;
            } else if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                latin = true;
            }
        }
        if (han) {
            return latin ? Language.MIXED : Language.ZH;
        }
        return latin ? Language.EN : Language.UNKNOWN;
    }
}
