package org.kefu.nlu.intent;

import java.util.List;
import org.kefu.nlu.IntentScore;

/**
 * The intent classifier's verdict on one message.
 *
 * @param intents intents ranked by probability, best first
 * @param outOfScope true when the best probability is below the classifier's threshold, or the message shares
 *     no word or character n-gram with the training data (nothing in it was ever seen, whatever the
 *     embedding says: emoji, garbage, another script)
 */
public record Classification(List<IntentScore> intents, boolean outOfScope) {
    public Classification {
        intents = List.copyOf(intents);
    }
}
