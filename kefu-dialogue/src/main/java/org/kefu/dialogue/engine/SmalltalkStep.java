package org.kefu.dialogue.engine;

import java.util.List;
import java.util.Optional;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.definition.IntentDef;

/** Answers greetings, thanks and goodbyes: the bot's {@code reply:} intents first, then built-in phrases. */
final class SmalltalkStep implements DialogueStep {

    @Override
    public StepResult handle(TurnContext t, DialogueState state) {
        Optional<IntentDef> intent = t.signal().is(Signal.Kind.INTENT)
                ? t.bot().intent(t.signal().argument())
                : t.confidentIntent().flatMap(i -> t.bot().intent(i.intent()));
        if (intent.isPresent() && intent.get().reply() != null) {
            double confidence = t.turn().understanding().topIntent().map(i -> i.confidence()).orElse(1.0);
            return done(t, state, intent.get().reply(), intent.get().name(), confidence);
        }
        if (t.signal().kind() != Signal.Kind.NONE) {
            return new StepResult.Continue(state);
        }
        return Phrases.smalltalk(t.turn().text())
                .<StepResult>map(kind -> done(t, state, "system." + kind, kind, 1.0))
                .orElse(new StepResult.Continue(state));
    }

    private static StepResult done(TurnContext t, DialogueState state, String response, String intent, double confidence) {
        DialogueState next = state.withLastIntent(intent);
        return new StepResult.Done(List.of(t.say(response, next, new ReplyMeta(ReplySource.SMALLTALK, intent, confidence))), next);
    }
}
