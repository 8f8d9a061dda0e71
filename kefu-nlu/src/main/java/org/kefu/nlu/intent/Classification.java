package org.kefu.nlu.intent;

import java.util.List;
import org.kefu.nlu.IntentScore;

/**
 * The intent classifier's verdict on one message.
 *
 * @param intents intents ranked by probability, best first
 * @param outOfScope true when the in-scope score is below the classifier's threshold, or the message shares
 *     no word or character n-gram with the training data (nothing in it was ever seen, whatever the
 *     embedding says: emoji, garbage, another script)
 * @param inScopeScore how in scope the message looks, in [0, 1]: the top probability blended with the cosine to
 *     the nearest training example of the top intent (see {@link IntentClassifier}); 0 when nothing was seen
 */
public record Classification(List<IntentScore> intents, boolean outOfScope, double inScopeScore) {
    public Classification {
        intents = List.copyOf(intents);
    }
}
