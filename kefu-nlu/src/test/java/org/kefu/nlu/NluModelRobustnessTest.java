package org.kefu.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Odd and random input must give a valid, low-confidence understanding, never an exception. */
final class NluModelRobustnessTest {

    private static NluModel model;

    @BeforeAll
    static void train() {
        model = NluModel.train(TinyBot.data(), NluOptions.defaults());
    }

    @Test
    void oddMessagesAreOutOfScopeWithoutErrors() {
        List<String> odd = List.of("", " ", "\t\n  \u3000", "😀😀😀", "\u0000\u0001\u0002\uFFFF",
                "\uD800", "ÿþý\u200B\u202E");
        for (String text : odd) {
            Understanding u = model.understand(text);
            assertThat(u.text()).isEqualTo(text);
            assertThat(u.intents()).allSatisfy(i -> assertThat(i.confidence()).isLessThan(0.7));
            assertThat(u.faqHits()).allSatisfy(h -> assertThat(h.confidence()).isLessThan(0.5));
            assertThat(u.outOfScope()).as("out of scope: %s", text).isTrue();
            assertThat(u.inScopeScore()).as("in-scope score: %s", text).isBetween(0.0, model.outOfScopeThreshold());
        }
    }

    @Test
    void tenThousandCharacterMessagesGetLowConfidence() {
        for (String text : List.of("x".repeat(10_000), "的".repeat(10_000), "我要退货".repeat(2_500))) {
            Understanding u = model.understand(text);
            assertThat(u.text()).isEqualTo(text);
            assertThat(u.normalizedText().length()).isLessThanOrEqualTo(10_000);
        }
        Understanding repeated = model.understand("的".repeat(10_000));
        assertThat(repeated.topIntent().orElseThrow().confidence()).isLessThan(0.7);
        assertThat(repeated.outOfScope()).isTrue();
    }

    @Test
    void randomInputAlwaysGivesAValidUnderstanding() {
        Random random = new Random(20_240_101);
        for (int i = 0; i < 300; i++) {
            String text = randomText(random);
            Understanding u = model.understand(text);
            assertThat(u.text()).isEqualTo(text);
            assertThat(u.intents()).allSatisfy(s -> assertThat(s.confidence()).isBetween(0.0, 1.0));
            assertThat(u.intents().stream().mapToDouble(IntentScore::confidence).sum()).isLessThanOrEqualTo(1 + 1e-9);
            assertThat(u.inScopeScore()).isBetween(0.0, 1.0);
            assertThat(u.outOfScope() || u.inScopeScore() >= model.outOfScopeThreshold()).isTrue();
        }
    }

    @Test
    void mixedScriptMessagesAreUnderstood() {
        Understanding u = model.understand("我的iPhone 15订单DD12345678还没到, where is it?");
        assertThat(u.language()).isIn(Language.MIXED, Language.ZH);
        assertThat(u.intents()).isNotEmpty();
    }

    /** Random strings drawn from several scripts and from arbitrary UTF-16 units, like Lucene's checkRandomData. */
    private static String randomText(Random random) {
        int length = random.nextInt(random.nextInt(10) == 0 ? 3_000 : 40);
        StringBuilder text = new StringBuilder(length);
        int mode = random.nextInt(5);
        for (int i = 0; i < length; i++) {
            char c = switch (mode) {
                case 0 -> (char) ('a' + random.nextInt(26));
                case 1 -> (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
                case 2 -> (char) random.nextInt(0x10000);
                case 3 -> " ,.!?0123456789¥$@#".charAt(random.nextInt(19));
                default -> random.nextBoolean() ? (char) ('A' + random.nextInt(26)) : (char) (0x3000 + random.nextInt(0x300));
            };
            text.append(c);
        }
        return text.toString();
    }
}
