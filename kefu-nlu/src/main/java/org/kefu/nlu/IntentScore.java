package org.kefu.nlu;

import static java.util.Objects.requireNonNull;

/**
 * An intent and the calibrated probability that the message expresses it.
 *
 * @param intent intent name as defined by the bot
 * @param confidence calibrated probability in [0, 1]
 */
public record IntentScore(String intent, double confidence) {
    public IntentScore {
        requireNonNull(intent, "intent");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
