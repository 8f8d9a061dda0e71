package org.kefu.nlu;

import static java.util.Objects.requireNonNull;

/**
 * A word of a normalised message.
 *
 * @param text the token text, normalised
 * @param start offset of the first char in the normalised text
 * @param end offset after the last char in the normalised text
 */
public record Token(String text, int start, int end) {
    public Token {
        requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid token span: [" + start + ", " + end + ")");
        }
    }
}
