package org.kefu.dialogue.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.Turn;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.nlu.FaqHit;
import org.kefu.nlu.IntentScore;

/**
 * One turn as the steps see it: the customer's turn, the parsed payload, and the bot's shared, stateless
 * collaborators.
 *
 * @param turn the customer's turn
 * @param signal what the quick-reply payload asks for
 * @param engine the bot's collaborators
 */
record TurnContext(Turn turn, Signal signal, EngineParts engine) {

    BotDefinition bot() {
        return engine.bot();
    }

    Locale locale() {
        return turn.locale();
    }

    /** The text to search for values and phrases: normalised when the NLU gave one. */
    String matchText() {
        String normalized = turn.understanding().normalizedText();
        return normalized.isBlank() ? turn.text() : normalized;
    }

    /** The top intent when it reaches the bot's intent threshold and the message is in scope. */
    Optional<IntentScore> confidentIntent() {
        if (turn.understanding().outOfScope()) {
            return Optional.empty();
        }
        return turn.understanding().topIntent().filter(i -> i.confidence() >= bot().config().intentThreshold());
    }

    /** The top FAQ hit when it reaches the bot's FAQ threshold and the message is in scope. */
    Optional<FaqHit> confidentFaq() {
        if (turn.understanding().outOfScope()) {
            return Optional.empty();
        }
        return turn.understanding().topFaq().filter(f -> f.confidence() >= bot().config().faqThreshold());
    }

    /** Renders a response with the state's slots as variables. */
    BotReply say(String response, DialogueState state, ReplyMeta meta, Map<String, String> extra) {
        Responses r = engine.responses();
        return r.render(response, locale(), r.vars(state.slots(), locale(), extra), meta, seed(state));
    }

    BotReply say(String response, DialogueState state, ReplyMeta meta) {
        return say(response, state, meta, Map.of());
    }

    /** A reply with built-in buttons appended. */
    BotReply withButtons(BotReply reply, List<SystemButton> buttons) {
        return Responses.withButtons(reply, buttons.stream()
                .map(b -> engine.responses().button(b, locale())).toList());
    }

    static ReplyMeta meta(ReplySource source, String intent, double confidence) {
        return new ReplyMeta(source, intent, confidence);
    }

    private static int seed(DialogueState state) {
        try {
            // The engine counts the current turn before the steps run: the first turn uses the first variant.
            return Integer.parseInt(state.context().getOrDefault(StateKeys.TURNS, "1")) - 1;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
