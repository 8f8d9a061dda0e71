package org.kefu.nlu.entity;

/**
 * A view of a string that stops a regular-expression search after a fixed number of char reads.
 *
 * <p>Bot authors write their own entity patterns, and a pattern such as {@code (\d+)+x} backtracks
 * exponentially: on a long message it would hold a request thread for seconds. {@link java.util.regex}
 * cannot be interrupted, but it reads the input only through {@link #charAt(int)}, so counting reads bounds
 * the work. When the budget is spent, {@link BudgetExceeded} ends the search.
 */
final class BoundedCharSequence implements CharSequence {
    private final String text;
    private final int offset;
    private final int length;
    private final long[] reads;
    private final long budget;

    /**
     * @param text the text to search
     * @param budget the most char reads allowed, shared by every subsequence of this view
     */
    BoundedCharSequence(String text, long budget) {
        this(text, 0, text.length(), new long[1], budget);
    }

    private BoundedCharSequence(String text, int offset, int length, long[] reads, long budget) {
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.reads = reads;
        this.budget = budget;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > budget) {
            throw new BudgetExceeded();
        }
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return text.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + length);
        }
        return new BoundedCharSequence(text, offset + start, end - start, reads, budget);
    }

    @Override
    public String toString() {
        return text.substring(offset, offset + length);
    }

    /** Thrown by {@link #charAt(int)} once the read budget is spent. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("regular expression read budget exceeded", null, false, false);
        }
    }
}
