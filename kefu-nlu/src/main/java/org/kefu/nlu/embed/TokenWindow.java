package org.kefu.nlu.embed;

import java.util.Arrays;

/**
 * The tokens of a long message that a model reads: its first few, which usually name the subject ("my new card",
 * "上周买的那件外套"), and as many of its last as fit, where customers state what they want ("…how do I get a
 * refund", "…请问要怎么申请退货"). What falls out is the story in between. The model's cost grows with every
 * token it reads, so the window bounds what one message can cost however long it is.
 */
final class TokenWindow {

    /** Tokens kept from the start, after {@code [CLS]}. */
    static final int HEAD = 8;

    private final int maxTokens;

    /**
     * @param maxTokens tokens the model reads at most, {@code [CLS]} and {@code [SEP]} included
     * @throws IllegalArgumentException if that leaves no room for a tail after {@link #HEAD}
     */
    TokenWindow(int maxTokens) {
        if (maxTokens < HEAD + 3) {
            throw new IllegalArgumentException("a window of " + maxTokens + " tokens has no room for a tail");
        }
        this.maxTokens = maxTokens;
    }

    /**
     * The ids the model reads.
     *
     * @param ids one sentence's token ids, starting with {@code [CLS]} and ending with {@code [SEP]}
     * @return {@code ids} itself when it fits, else {@code [CLS]}, the first {@link #HEAD} tokens, the last
     *     tokens that fit, and {@code [SEP]}
     */
    long[] apply(long[] ids) {
        if (ids.length <= maxTokens) {
            return ids;
        }
        long[] window = new long[maxTokens];
        int tail = maxTokens - 2 - HEAD;
        System.arraycopy(ids, 0, window, 0, 1 + HEAD);
        System.arraycopy(ids, ids.length - 1 - tail, window, 1 + HEAD, tail + 1);
        return window;
    }

    /** The attention mask for {@code length} ids of one sentence without padding: every token is attended. */
    static long[] attendToAll(int length) {
        long[] mask = new long[length];
        Arrays.fill(mask, 1);
        return mask;
    }
}
