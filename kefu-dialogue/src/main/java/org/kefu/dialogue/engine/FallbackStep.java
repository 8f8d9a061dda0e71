package org.kefu.dialogue.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.QuickReply;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.kefu.nlu.FaqHit;
import org.kefu.nlu.IntentScore;
import org.kefu.nlu.Understanding;

/**
 * The honest "I'm not sure": offers the best guesses as buttons and a human. The bot's
 * {@code maxFallbacks}-th consecutive turn it does not understand hands off instead.
 */
final class FallbackStep implements DialogueStep {

    private static final int MAX_GUESSES = 3;

    @Override
    public StepResult handle(TurnContext t, DialogueState state) {
        int count = state.fallbackCount() + 1;
        if (count >= t.bot().config().maxFallbacks()) {
            return Handoffs.handoff(t, state, "not_understood", List.of());
        }
        Understanding u = t.turn().understanding();
        List<QuickReply> guesses = guesses(t, u);
        String intent = u.topIntent().map(IntentScore::intent).orElse(null);
        double confidence = u.topIntent().map(IntentScore::confidence).orElse(0.0);
        DialogueState next = state.withFallbackCount(count);
        BotReply reply = t.say(guesses.isEmpty() ? "system.fallback_rephrase" : "system.fallback", next,
                new ReplyMeta(ReplySource.FALLBACK, intent, confidence));
        List<QuickReply> buttons = new ArrayList<>(guesses);
        buttons.add(t.engine().responses().button(SystemButton.HANDOFF, t.locale()));
        return new StepResult.Done(List.of(Responses.withButtons(reply, buttons)), next);
    }

    private static List<QuickReply> guesses(TurnContext t, Understanding u) {
        double floor = t.bot().config().suggestThreshold();
        Set<QuickReply> out = new LinkedHashSet<>();
        for (FaqHit hit : u.faqHits()) {
            if (hit.confidence() >= floor && out.size() < MAX_GUESSES) {
                t.bot().faq(hit.faqId()).ifPresent(f -> out.add(new QuickReply(f.question().in(t.locale()), "/faq " + f.id())));
            }
        }
        for (IntentScore score : u.intents()) {
            if (score.confidence() >= floor && out.size() < MAX_GUESSES) {
                t.bot().flowTriggeredBy(score.intent()).ifPresent(flow -> t.bot().intent(score.intent())
                        .flatMap(i -> i.examples().in(t.locale()).stream().findFirst())
                        .ifPresent(example -> out.add(new QuickReply(example, "/intent " + score.intent()))));
            }
        }
        return new ArrayList<>(out);
    }
}
