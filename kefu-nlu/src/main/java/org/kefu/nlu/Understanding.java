package org.kefu.nlu;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What Kefu understood of one customer message.
 *
 * @param text the message as received
 * @param normalizedText the message after normalisation (NFKC, half-width, simplified, lower case)
 * @param language detected language
 * @param tokens words of the normalised text
 * @param entities recognised entities, in order of position
 * @param intents intents ranked by confidence, best first; may be empty
 * @param faqHits FAQ entries ranked by confidence, best first; may be empty
 * @param outOfScope true when the message is judged to be about nothing this bot knows
 */
public record Understanding(
        String text,
        String normalizedText,
        Language language,
        List<Token> tokens,
        List<Entity> entities,
        List<IntentScore> intents,
        List<FaqHit> faqHits,
        boolean outOfScope) {

    public Understanding {
        requireNonNull(text, "text");
        requireNonNull(normalizedText, "normalizedText");
        requireNonNull(language, "language");
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        intents = List.copyOf(intents);
        faqHits = List.copyOf(faqHits);
    }

    /** The best intent, if any. */
    public Optional<IntentScore> topIntent() {
        return intents.isEmpty() ? Optional.empty() : Optional.of(intents.getFirst());
    }

    /** The best FAQ hit, if any. */
    public Optional<FaqHit> topFaq() {
        return faqHits.isEmpty() ? Optional.empty() : Optional.of(faqHits.getFirst());
    }

    /** The first entity of the given type, if any. */
    public Optional<Entity> entity(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).findFirst();
    }
}
