package org.kefu.dialogue.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.HandoffRequest;

/** What a {@link DialogueStep} decided: pass on (possibly with a new state), or answer the turn. */
sealed interface StepResult permits StepResult.Continue, StepResult.Done {

    /** Not this step's turn; later steps see {@code state}. */
    record Continue(DialogueState state) implements StepResult {
    }

    /** The turn is answered. */
    record Done(List<BotReply> replies, DialogueState state, @Nullable HandoffRequest handoff) implements StepResult {
        public Done {
            replies = List.copyOf(replies);
        }

        Done(List<BotReply> replies, DialogueState state) {
            this(replies, state, null);
        }
    }
}
