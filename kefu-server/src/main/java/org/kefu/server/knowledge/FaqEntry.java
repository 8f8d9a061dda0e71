package org.kefu.server.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.definition.ButtonDef;
import org.kefu.dialogue.definition.FaqDef;
import org.kefu.dialogue.definition.LocalizedList;
import org.kefu.dialogue.definition.LocalizedText;

/**
 * A FAQ entry of a bot's knowledge base. A text missing in one language is empty; the bot then uses the other
 * language's text.
 *
 * @param id the entry id, unique per bot; what the bot reports as the answered intent
 * @param category an optional category
 * @param question the canonical question per language
 * @param paraphrases other ways customers ask it, per language
 * @param answer the answer per language
 * @param quickReplies buttons shown under the answer
 * @param links links shown as cards under the answer
 * @param enabled whether the bot answers with it
 * @param origin {@code files} when it came from the bot's YAML files, {@code admin} when created here
 * @param edited whether an admin changed it (it then no longer follows the files)
 */
public record FaqEntry(String id, @Nullable String category, LocalizedText question, LocalizedList paraphrases,
        LocalizedText answer, List<ButtonDef> quickReplies, List<ButtonDef> links, boolean enabled, String origin,
        boolean edited) {

    public FaqEntry {
        requireNonNull(id, "id");
        requireNonNull(question, "question");
        requireNonNull(paraphrases, "paraphrases");
        requireNonNull(answer, "answer");
        quickReplies = List.copyOf(quickReplies);
        links = List.copyOf(links);
        requireNonNull(origin, "origin");
    }

    /** The entry as the bot's files describe it. */
    static FaqEntry fromFiles(FaqDef faq) {
        return new FaqEntry(faq.id(), faq.category(), faq.question(), faq.paraphrases(), faq.answer(),
                faq.quickReplies(), faq.links(), true, "files", false);
    }

    /** The entry as the dialogue engine reads it, each missing text filled from the other language. */
    FaqDef toDefinition() {
        return new FaqDef(id, category, complete(question), paraphrases, complete(answer), quickReplies, links);
    }

    /** The same entry with a changed paraphrase list. */
    FaqEntry withParaphrases(LocalizedList next) {
        return new FaqEntry(id, category, question, next, answer, quickReplies, links, enabled, origin, edited);
    }

    /** The same entry switched on or off. */
    FaqEntry withEnabled(boolean on) {
        return new FaqEntry(id, category, question, paraphrases, answer, quickReplies, links, on, origin, edited);
    }

    /** The question in the language it is written in: Chinese if there is one, else English. */
    public String title() {
        return question.zh().isBlank() ? question.en() : question.zh();
    }

    static LocalizedText complete(LocalizedText text) {
        if (text.zh().isBlank()) {
            return new LocalizedText(text.en(), text.en());
        }
        return text.en().isBlank() ? new LocalizedText(text.zh(), text.zh()) : text;
    }
}
