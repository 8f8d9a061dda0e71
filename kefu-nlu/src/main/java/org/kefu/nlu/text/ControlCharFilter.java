package org.kefu.nlu.text;

/**
 * Replaces control characters and lone surrogates with a space and drops invisible format characters.
 *
 * <p>Binary garbage, pasted terminal output and broken UTF-16 must not reach the segmenters or the
 * recognisers: a lone surrogate is not a character, a control char is not a word. Zero-width joiners
 * and variation selectors are kept because emoji sequences (👨‍👩‍👧, ❤️) need them.
 */
final class ControlCharFilter implements TextFilter {

    @Override
    public String apply(String text) {
        int i = 0;
        while (i < text.length() && isClean(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                out.append(' ');
            } else if (!isDroppedFormat(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return !Character.isISOControl(c) && !isDroppedFormat(c);
    }

    private static boolean isDroppedFormat(char c) {
        // ZWJ (U+200D) and variation selectors (U+FE0E/F) are format-ish but belong to emoji: keep them.
        return c == '\u200B' || c == '\u200C' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || (c >= '\u200E' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
