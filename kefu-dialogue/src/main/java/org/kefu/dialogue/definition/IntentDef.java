package org.kefu.dialogue.definition;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * An intent from {@code intents.yml}.
 *
 * @param name the intent name
 * @param examples example messages
 * @param reply response that answers it directly (smalltalk), or null
 * @param handoff handoff reason it triggers, or null
 * @param followUp follow-up kind ({@code other}), or null
 */
public record IntentDef(String name, LocalizedList examples, @Nullable String reply, @Nullable String handoff,
        @Nullable String followUp) {
    public IntentDef {
        requireNonNull(name, "name");
        requireNonNull(examples, "examples");
    }
}
