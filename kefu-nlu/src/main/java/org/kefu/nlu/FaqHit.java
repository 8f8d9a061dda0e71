package org.kefu.nlu;

import static java.util.Objects.requireNonNull;

/**
 * A knowledge-base entry that may answer the message.
 *
 * @param faqId id of the FAQ entry
 * @param matchedQuestion the stored question or paraphrase that matched best
 * @param confidence calibrated probability in [0, 1] that this entry answers the message
 */
public record FaqHit(String faqId, String matchedQuestion, double confidence) {
    public FaqHit {
        requireNonNull(faqId, "faqId");
        requireNonNull(matchedQuestion, "matchedQuestion");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
