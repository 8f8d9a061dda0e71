package org.kefu.nlu.text;

import java.util.Locale;

/**
 * Lower-cases text with the root locale, so {@code iPhone} and {@code IPHONE} are the same word
 * whatever the server's default locale (a Turkish default would otherwise turn {@code I} into a dotless ı).
 */
final class CaseFoldFilter implements TextFilter {

    @Override
    public String apply(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
