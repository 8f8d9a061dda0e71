package org.kefu.dialogue.engine;

import java.util.List;
import java.util.Optional;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.definition.IntentDef;

/**
 * Hands off to a human on explicit requests, complaints, anger and fraud reports (built-in and bot
 * phrases, or a {@code handoff:} intent), and on the {@code /handoff} payload.
 */
final class HandoffStep implements DialogueStep {

    @Override
    public StepResult handle(TurnContext t, DialogueState state) {
        if (t.signal().is(Signal.Kind.LEAVE_MESSAGE)) {
            return new StepResult.Done(List.of(t.say("system.leave_message", state,
                    new ReplyMeta(ReplySource.HANDOFF, "leave_message", 1.0))), state);
        }
        Optional<String> reason = reason(t);
        return reason.<StepResult>map(r -> Handoffs.handoff(t, state, r, List.of()))
                .orElse(new StepResult.Continue(state));
    }

    private static Optional<String> reason(TurnContext t) {
        if (t.signal().is(Signal.Kind.HANDOFF)) {
            return Optional.of("requested");
        }
        if (t.signal().is(Signal.Kind.INTENT)) {
            return t.bot().intent(t.signal().argument()).map(IntentDef::handoff);
        }
        if (t.signal().kind() != Signal.Kind.NONE) {
            return Optional.empty();
        }
        Optional<String> phrase = Phrases.handoffReason(t.turn().text(), t.bot().config().handoffPhrases());
        if (phrase.isPresent()) {
            return phrase;
        }
        return t.confidentIntent().flatMap(i -> t.bot().intent(i.intent())).map(IntentDef::handoff);
    }
}
