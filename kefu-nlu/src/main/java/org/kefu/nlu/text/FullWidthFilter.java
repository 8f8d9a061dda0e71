package org.kefu.nlu.text;

/**
 * Maps full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space to their half-width
 * equivalents, and Chinese curly quotes to ASCII quotes.
 *
 * <p>NFKC already maps the full-width block; this filter states the intent explicitly, keeps working in
 * a pipeline without NFKC, and also maps the curly quotes that Chinese input methods produce and that NFKC
 * keeps. Chinese sentence punctuation such as {@code 。} and {@code 、} is left alone: it is not a
 * full-width form of anything.
 */
final class FullWidthFilter implements TextFilter {

    @Override
    public String apply(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = map(c);
            if (mapped != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = mapped;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char map(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000' -> ' ';
            case '\u201C', '\u201D' -> '"';
            case '\u2018', '\u2019' -> '\'';
            default -> c;
        };
    }
}
