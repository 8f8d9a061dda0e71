package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An FAQ entry from {@code faq.yml}.
 *
 * @param id the entry id
 * @param category optional category
 * @param question the canonical question
 * @param paraphrases other ways customers ask it
 * @param answer the answer
 * @param quickReplies buttons shown under the answer
 * @param links links shown as cards
 */
public record FaqDef(String id, @Nullable String category, LocalizedText question, LocalizedList paraphrases,
        LocalizedText answer, List<ButtonDef> quickReplies, List<ButtonDef> links) {
    public FaqDef {
        requireNonNull(id, "id");
        requireNonNull(question, "question");
        requireNonNull(paraphrases, "paraphrases");
        requireNonNull(answer, "answer");
        quickReplies = List.copyOf(quickReplies);
        links = List.copyOf(links);
    }
}
