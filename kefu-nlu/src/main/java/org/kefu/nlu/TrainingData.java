package org.kefu.nlu;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything a bot teaches its understanding: intent examples, FAQ questions with paraphrases,
 * dictionary entities with synonyms and entity patterns (such as the bot's order-number format).
 *
 * @param intentExamples labelled example messages
 * @param faqs FAQ entries with all their questions and paraphrases
 * @param dictionary dictionary entities with synonyms
 * @param patterns regular-expression entities specific to the bot
 */
public record TrainingData(
        List<LabeledText> intentExamples,
        List<FaqEntry> faqs,
        List<DictionaryEntry> dictionary,
        List<EntityPattern> patterns) {

    public TrainingData {
        intentExamples = List.copyOf(intentExamples);
        faqs = List.copyOf(faqs);
        dictionary = List.copyOf(dictionary);
        patterns = List.copyOf(patterns);
    }

    /**
     * A message labelled with the intent it expresses.
     *
     * @param text the example message
     * @param label the intent name
     */
    public record LabeledText(String text, String label) {
        public LabeledText {
            requireNonNull(text, "text");
            requireNonNull(label, "label");
        }
    }

    /**
     * A knowledge-base entry as understanding sees it: an id and the ways customers ask for it.
     *
     * @param id the entry id, returned in {@link FaqHit#faqId()}
     * @param questions the canonical question and its paraphrases, in any language
     */
    public record FaqEntry(String id, List<String> questions) {
        public FaqEntry {
            requireNonNull(id, "id");
            questions = List.copyOf(questions);
            if (questions.isEmpty()) {
                throw new IllegalArgumentException("FAQ entry " + id + " has no question");
            }
        }
    }

    /**
     * A dictionary entity value and the words customers use for it.
     *
     * @param type entity type, e.g. {@code "product"}
     * @param value canonical value, returned as {@link Entity#value()}
     * @param synonyms other words for the same value
     */
    public record DictionaryEntry(String type, String value, List<String> synonyms) {
        public DictionaryEntry {
            requireNonNull(type, "type");
            requireNonNull(value, "value");
            synonyms = List.copyOf(synonyms);
        }
    }

    /**
     * An entity recognised by a regular expression, such as a bot's order-number format.
     *
     * @param type entity type, e.g. {@link Entity#ORDER_NUMBER}
     * @param regex Java regular expression matched against the normalised text
     */
    public record EntityPattern(String type, String regex) {
        public EntityPattern {
            requireNonNull(type, "type");
            requireNonNull(regex, "regex");
        }
    }
}
