package org.kefu.server.training;

import java.util.Optional;
import org.kefu.dialogue.definition.BotConfig;
import org.kefu.nlu.FaqHit;
import org.kefu.nlu.IntentScore;
import org.kefu.nlu.Understanding;

/**
 * What the bot would answer with, as a label, following the engine's rule: a FAQ or an intent answers when it
 * reaches the bot's threshold, the more confident one winning (the intent on a tie); else {@link #NONE}.
 */
final class Decision {

    static final String NONE = "none";

    private Decision() {}

    static String label(Understanding u, BotConfig config) {
        if (u.outOfScope()) {
            return NONE;
        }
        Optional<FaqHit> faq = u.topFaq().filter(f -> f.confidence() >= config.faqThreshold());
        Optional<IntentScore> intent = u.topIntent().filter(i -> i.confidence() >= config.intentThreshold());
        if (faq.isPresent() && (intent.isEmpty() || faq.get().confidence() > intent.get().confidence())) {
            return "faq:" + faq.get().faqId();
        }
        return intent.map(i -> "intent:" + i.intent()).orElse(NONE);
    }

    static double confidence(Understanding u) {
        double faq = u.topFaq().map(FaqHit::confidence).orElse(0.0);
        double intent = u.topIntent().map(IntentScore::confidence).orElse(0.0);
        return Math.max(faq, intent);
    }
}
