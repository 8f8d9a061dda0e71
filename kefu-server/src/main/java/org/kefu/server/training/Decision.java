package org.kefu.server.training;

import java.util.Optional;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.FlowDef;
import org.kefu.dialogue.definition.IntentDef;
import org.kefu.nlu.FaqHit;
import org.kefu.nlu.IntentScore;
import org.kefu.nlu.Understanding;

/**
 * What the bot would answer a fresh message with, as a label, following the engine's steps on confident
 * understandings (those reaching the bot's thresholds): a handoff intent hands off; a flow intent starts its
 * flow unless a FAQ is more confident or, without the flow's first slot in the message, answers at all (the
 * engine lets a FAQ answer general questions until then; slots carried over from earlier turns are not modelled:
 * every question is taken as a fresh conversation); a FAQ answers unless a more confident
 * intent has its own reply; else the confident intent is what the bot acts on (an intent that does nothing of
 * its own, such as {@code out_of_scope}, is counted as {@link #NONE} by the evaluation); else {@link #NONE}.
 */
final class Decision {

    static final String NONE = "none";

    private Decision() {}

    static String label(Understanding u, BotDefinition bot) {
        if (u.outOfScope()) {
            return NONE;
        }
        Optional<FaqHit> faq = u.topFaq().filter(f -> f.confidence() >= bot.config().faqThreshold());
        Optional<IntentScore> intent = u.topIntent().filter(i -> i.confidence() >= bot.config().intentThreshold());
        Optional<IntentDef> def = intent.flatMap(i -> bot.intent(i.intent()));
        if (def.isPresent() && def.get().handoff() != null) {
            return "intent:" + def.get().name();
        }
        Optional<FlowDef> flow = def.flatMap(d -> bot.flowTriggeredBy(d.name()));
        if (flow.isPresent() && (faq.isEmpty()
                || faq.get().confidence() <= intent.get().confidence() && firstSlotGiven(flow.get(), u))) {
            return "intent:" + def.get().name();
        }
        if (faq.isPresent()) {
            boolean replyWins = def.isPresent() && def.get().reply() != null
                    && intent.get().confidence() > faq.get().confidence();
            return replyWins ? "intent:" + def.get().name() : "faq:" + faq.get().faqId();
        }
        return def.map(d -> "intent:" + d.name()).orElse(NONE);
    }

    // the engine lets a FAQ answer a general question until the flow's first slot is known (by its entity type)
    private static boolean firstSlotGiven(FlowDef flow, Understanding u) {
        return flow.slots().isEmpty()
                || u.entities().stream().anyMatch(e -> e.type().equals(flow.slots().getFirst().type()));
    }

    static double confidence(Understanding u) {
        double faq = u.topFaq().map(FaqHit::confidence).orElse(0.0);
        double intent = u.topIntent().map(IntentScore::confidence).orElse(0.0);
        return Math.max(faq, intent);
    }
}
