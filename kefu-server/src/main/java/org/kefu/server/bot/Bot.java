package org.kefu.server.bot;

import static java.util.Objects.requireNonNull;

import org.kefu.dialogue.DialogueEngine;
import org.kefu.nlu.Understander;

/**
 * A loaded bot: how it understands messages and how it decides what to say.
 *
 * @param id the bot id, e.g. {@code shop}
 * @param understander turns customer text into an understanding; may be swapped for a newer model behind
 *     this reference
 * @param engine decides replies and state changes
 */
public record Bot(String id, Understander understander, DialogueEngine engine) {
    public Bot {
        requireNonNull(id, "id");
        requireNonNull(understander, "understander");
        requireNonNull(engine, "engine");
    }
}
