package org.kefu.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kefu.dialogue.definition.BotDefinition;
import org.kefu.dialogue.definition.BotDefinitionLoader;
import org.kefu.dialogue.definition.FaqDef;
import org.kefu.nlu.FaqHit;
import org.kefu.nlu.NluModel;
import org.kefu.nlu.NluOptions;
import org.kefu.nlu.Understanding;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Measures the demo bots' FAQ accuracy on held-out questions ({@code faq-heldout/<bot>.yml}: questions written
 * separately from the bots' paraphrases and never trained on). The understanding is trained exactly as the
 * server trains it, from the bot definition's training data; a question counts as right when the top FAQ hit
 * is the expected entry. The figures are printed so that a build log shows them.
 */
final class DemoFaqAccuracyTest {
    /** Share of held-out questions whose top FAQ hit must be right. */
    private static final double TOP1_FLOOR = 0.90;

    @ParameterizedTest
    @ValueSource(strings = {"shop", "bank"})
    void answersHeldOutQuestionsWithTheRightFaq(String botId) throws IOException {
        BotDefinition bot = BotDefinitionLoader.loadFromClasspath(botId);
        Map<String, Map<String, List<String>>> heldOut = heldOut(botId);
        assertThat(heldOut.keySet()).as("every FAQ entry has held-out questions")
                .containsExactlyInAnyOrderElementsOf(bot.faqs().stream().map(FaqDef::id).toList());
        NluModel model = NluModel.train(bot.trainingData(), NluOptions.defaults());
        double threshold = bot.config().faqThreshold();

        int total = 0;
        int top1 = 0;
        int answered = 0;
        List<String> misses = new ArrayList<>();
        for (var entry : heldOut.entrySet()) {
            for (var language : entry.getValue().entrySet()) {
                for (String question : language.getValue()) {
                    Understanding u = model.understand(question);
                    String best = u.topFaq().map(FaqHit::faqId).orElse("-");
                    double confidence = u.topFaq().map(FaqHit::confidence).orElse(0.0);
                    total++;
                    if (best.equals(entry.getKey())) {
                        top1++;
                        if (confidence >= threshold && !u.outOfScope()) {
                            answered++;
                        }
                    } else {
                        misses.add(String.format(Locale.ROOT, "%s [%s] expected %s, got %s (%.2f)", question,
                                language.getKey(), entry.getKey(), best, confidence));
                    }
                }
            }
        }
        double accuracy = (double) top1 / total;
        System.out.printf(Locale.ROOT, "FAQ held-out %s: top-1 %d/%d = %.1f%%; right and above the %.2f answer"
                + " threshold %d/%d = %.1f%%%n", botId, top1, total, 100 * accuracy, threshold, answered, total,
                100.0 * answered / total);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(accuracy).as("top-1 FAQ accuracy of %s on held-out questions; misses: %s", botId, misses)
                .isGreaterThanOrEqualTo(TOP1_FLOOR);
    }

    private static Map<String, Map<String, List<String>>> heldOut(String botId) throws IOException {
        try (InputStream in = DemoFaqAccuracyTest.class.getResourceAsStream("/faq-heldout/" + botId + ".yml")) {
            assertThat(in).as("held-out file of " + botId).isNotNull();
            return YAMLMapper.builder().build().readValue(in, new TypeReference<>() { });
        }
    }
}
