package org.kefu.nlu.text;

/**
 * Collapses every run of whitespace (spaces, tabs, line breaks, no-break spaces) into one space and
 * trims both ends.
 */
final class WhitespaceFilter implements TextFilter {

    @Override
    public String apply(String text) {
        StringBuilder out = null;
        boolean pendingSpace = false;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (out == null) {
                // fast path: stay on the input string while it is already clean
                boolean clean = space
                        ? c == ' ' && i > 0 && i + 1 < len && !isSpace(text.charAt(i + 1))
                        : true;
                if (clean) {
                    continue;
                }
                out = new StringBuilder(len).append(text, 0, i);
            }
            if (space) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
