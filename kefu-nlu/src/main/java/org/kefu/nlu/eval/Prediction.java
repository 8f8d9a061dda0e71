package org.kefu.nlu.eval;

import static java.util.Objects.requireNonNull;

/**
 * One evaluated message.
 *
 * @param expected the true label (the out-of-scope label for an out-of-scope message)
 * @param predicted the predicted label (the out-of-scope label when the model rejected the message)
 * @param confidence the model's probability for its best in-scope intent, in [0, 1]
 */
public record Prediction(String expected, String predicted, double confidence) {
    public Prediction {
        requireNonNull(expected, "expected");
        requireNonNull(predicted, "predicted");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** Whether the prediction is right. */
    public boolean correct() {
        return expected.equals(predicted);
    }
}
