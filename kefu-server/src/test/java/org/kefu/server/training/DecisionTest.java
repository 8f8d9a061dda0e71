package org.kefu.server.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.BotDefinitionLoader;
import org.kefu.nlu.Entity;
import org.kefu.nlu.FaqHit;
import org.kefu.nlu.IntentScore;
import org.kefu.nlu.Language;
import org.kefu.nlu.Understanding;

final class DecisionTest {

    private static final BotDefinition SHOP = BotDefinitionLoader.loadFromClasspath("shop");

    private static Understanding understood(@Nullable String intent, double intentConfidence, @Nullable String faq,
            double faqConfidence, boolean withOrderNumber) {
        List<IntentScore> intents = new ArrayList<>();
        if (intent != null) {
            intents.add(new IntentScore(intent, intentConfidence));
        }
        List<FaqHit> faqs = new ArrayList<>();
        if (faq != null) {
            faqs.add(new FaqHit(faq, "q", faqConfidence));
        }
        List<Entity> entities = withOrderNumber
                ? List.of(new Entity(Entity.ORDER_NUMBER, "20241101002", 0, 11, "20241101002")) : List.of();
        return new Understanding("q", "q", Language.ZH, List.of(), entities, intents, faqs, false);
    }

    @Test
    void aConfidentFaqAnswersAGeneralQuestionBeforeAFlowStartsButNotOnceTheOrderIsGiven() {
        assertThat(Decision.label(understood("cancel_order", 0.9, "cancellation_policy", 0.8, false), SHOP))
                .isEqualTo("faq:cancellation_policy");
        assertThat(Decision.label(understood("cancel_order", 0.9, "cancellation_policy", 0.8, true), SHOP))
                .isEqualTo("intent:cancel_order");
        assertThat(Decision.label(understood("cancel_order", 0.9, null, 0, false), SHOP)).isEqualTo("intent:cancel_order");
    }

    @Test
    void anIntentWithItsOwnReplyWinsOnlyWhenMoreConfidentThanTheFaq() {
        assertThat(Decision.label(understood("greeting", 0.95, "human_hours", 0.6, false), SHOP)).isEqualTo("intent:greeting");
        assertThat(Decision.label(understood("greeting", 0.75, "human_hours", 0.9, false), SHOP)).isEqualTo("faq:human_hours");
    }

    @Test
    void belowTheThresholdsOrOutOfScopeTheBotDoesNotAnswer() {
        assertThat(Decision.label(understood("greeting", 0.3, "human_hours", 0.2, false), SHOP)).isEqualTo(Decision.NONE);
        Understanding rejected = new Understanding("q", "q", Language.ZH, List.of(), List.of(),
                List.of(new IntentScore("greeting", 0.99)), List.of(), true);
        assertThat(Decision.label(rejected, SHOP)).isEqualTo(Decision.NONE);
        assertThat(ModelEvaluator.inertIntents(SHOP)).contains("intent:out_of_scope").doesNotContain("intent:greeting",
                "intent:cancel_order", "intent:other_order");
    }
}
