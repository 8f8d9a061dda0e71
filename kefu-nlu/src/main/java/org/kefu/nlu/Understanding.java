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
 * @param inScopeScore the intent classifier's in-scope score, in [0, 1]: the top intent's probability blended
 *     with the message's similarity to the nearest training example of that intent; below the model's
 *     out-of-scope threshold (and answered by no FAQ) the message is out of scope. 0 without intents
 */
public record Understanding(
        String text,
        String normalizedText,
        Language language,
        List<Token> tokens,
        List<Entity> entities,
        List<IntentScore> intents,
        List<FaqHit> faqHits,
        boolean outOfScope,
        double inScopeScore) {

    public Understanding {
        requireNonNull(text, "text");
        requireNonNull(normalizedText, "normalizedText");
        requireNonNull(language, "language");
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        intents = List.copyOf(intents);
        faqHits = List.copyOf(faqHits);
    }

    /**
     * An understanding whose in-scope score follows from its verdict alone (1 in scope, 0 out of scope), for
     * understanders without a scoring classifier.
     */
    public Understanding(String text, String normalizedText, Language language, List<Token> tokens,
            List<Entity> entities, List<IntentScore> intents, List<FaqHit> faqHits, boolean outOfScope) {
        this(text, normalizedText, language, tokens, entities, intents, faqHits, outOfScope, outOfScope ? 0 : 1);
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
