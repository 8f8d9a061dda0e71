package org.kefu.server.bot;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.DialogueEngine;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.nlu.Understander;

/**
 * A loaded bot: how it understands messages and how it decides what to say.
 *
 * @param id the bot id, e.g. {@code shop}
 * @param understander turns customer text into an understanding; may be swapped for a newer model behind
 *     this reference
 * @param engine decides replies and state changes
 * @param definition the definition the engine runs (files plus the knowledge base), or null for a bot built
 *     in code without one
 */
public record Bot(String id, Understander understander, DialogueEngine engine, @Nullable BotDefinition definition) {
    public Bot {
        requireNonNull(id, "id");
        requireNonNull(understander, "understander");
        requireNonNull(engine, "engine");
    }

    /** A bot built in code, with no bot definition behind its engine. */
    public Bot(String id, Understander understander, DialogueEngine engine) {
        this(id, understander, engine, null);
    }

    /** The definition the engine runs, if the bot has one. */
    public Optional<BotDefinition> runningDefinition() {
        return Optional.ofNullable(definition);
    }
}
