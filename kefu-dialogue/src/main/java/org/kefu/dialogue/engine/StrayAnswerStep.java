package org.kefu.dialogue.engine;

import java.util.List;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;

/**
 * A bare "是的" / "yes" / "no" (typed, or an old yes/no button pressed again) when the bot asked nothing: the
 * classifier tends to read such a short message as a greeting or even a flow, so it is answered here, honestly
 * and briefly, before intents are looked at. Pending confirmations and slot prompts are handled by earlier steps.
 */
final class StrayAnswerStep implements DialogueStep {

    @Override
    public StepResult handle(TurnContext t, DialogueState state) {
        if (state.awaitingSlot() != null || !isBareAnswer(t)) {
            return new StepResult.Continue(state);
        }
        DialogueState next = state.withFlow(null, null);
        return new StepResult.Done(List.of(t.say("system.no_question", next,
                new ReplyMeta(ReplySource.SMALLTALK, "acknowledgement", 1.0))), next);
    }

    private static boolean isBareAnswer(TurnContext t) {
        return switch (t.signal().kind()) {
            case YES, NO -> true;
            case NONE -> Phrases.isExactly(t.turn().text(), Phrases.YES) || Phrases.isExactly(t.turn().text(), Phrases.NO);
            default -> false;
        };
    }
}
