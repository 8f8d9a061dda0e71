package org.kefu.dialogue.engine;

import java.util.List;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;

/** Stops the running flow when the customer says so ("算了", "never mind", {@code /cancel}). */
final class CancelStep implements DialogueStep {

    @Override
    public StepResult handle(TurnContext t, DialogueState state) {
        boolean asked = t.signal().is(Signal.Kind.CANCEL)
                || t.signal().kind() == Signal.Kind.NONE && Phrases.isCancel(t.turn().text());
        if (!asked) {
            return new StepResult.Continue(state);
        }
        String flow = state.activeFlow();
        if (flow == null) {
            if (!t.signal().is(Signal.Kind.CANCEL)) {
                return new StepResult.Continue(state);
            }
            return new StepResult.Done(List.of(t.say("system.nothing_to_cancel", state,
                    new ReplyMeta(ReplySource.SMALLTALK, "cancel", 1.0))), state);
        }
        DialogueState next = state.withFlow(null, null).withContext(StateKeys.CONFIRMED, null);
        return new StepResult.Done(List.of(t.say("system.cancelled", next, new ReplyMeta(ReplySource.FLOW, flow, 1.0))), next);
    }
}
