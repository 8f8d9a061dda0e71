package org.kefu.dialogue;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the engine decided for one turn.
 *
 * @param replies the bot's messages, in order; may be empty
 * @param state the conversation's next dialogue state, to be stored by the caller
 * @param handoff set when a human should take over
 */
public record TurnResult(List<BotReply> replies, DialogueState state, @Nullable HandoffRequest handoff) {
    public TurnResult {
        replies = List.copyOf(replies);
        requireNonNull(state, "state");
    }

    /** The handoff request, if any. */
    public Optional<HandoffRequest> handoffRequest() {
        return Optional.ofNullable(handoff);
    }
}
