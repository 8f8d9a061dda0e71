package org.kefu.nlu.text;

/**
 * Keeps at most a fixed number of chars, without cutting a surrogate pair in half.
 *
 * <p>Customer-service messages are short; a 10,000-char paste is almost always a log or a document.
 * Understanding only its beginning keeps the latency of every step bounded (segmentation and the
 * recognisers are linear, but a linear 10k-char pass still costs milliseconds) while the intent of
 * such a message is normally stated up front.
 */
final class TruncateFilter implements TextFilter {
    private final int maxChars;

    /**
     * @param maxChars the most chars to keep
     * @throws IllegalArgumentException if {@code maxChars} is less than 2
     */
    TruncateFilter(int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    @Override
    public String apply(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }
}
