package org.kefu.nlu.intent;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.kefu.nlu.Language;

/**
 * What the intent classifier reads of a message: the output of the shared text pipeline.
 *
 * @param normalizedText the normalised message (character n-grams come from it)
 * @param terms the words of the message after analysis (word n-grams come from them)
 * @param language the detected language (chooses the embedding model)
 */
public record IntentInput(String normalizedText, List<String> terms, Language language) {
    public IntentInput {
        requireNonNull(normalizedText, "normalizedText");
        terms = List.copyOf(terms);
        requireNonNull(language, "language");
    }
}
