package org.kefu.nlu.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.Entity;
import org.kefu.nlu.Token;
import org.kefu.nlu.text.AnalyzedText;
import org.kefu.nlu.text.TextPipeline;

/**
 * Feeds random text through the pipeline and the extractor and checks the invariants every caller relies
 * on. The seed is printed in each failure; rerun with {@code -Dtests.seed=<seed>} to reproduce.
 */
final class RandomInputTest {
    private static final int ITERATIONS = 2_000;

    private final TextPipeline pipeline = TextPipeline.standard();

    @Test
    void randomTextNeverBreaksThePipelineOrTheExtractor() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < ITERATIONS; i++) {
            String raw = RandomText.next(random);
            String context = "seed " + seed + ", iteration " + i;
            AnalyzedText text = pipeline.analyze(raw);
            checkText(text, context);
            checkEntities(text, Extraction.SHOP.extract(text), context);
        }
    }

    @Test
    void normalisingTwiceChangesNothing() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < ITERATIONS; i++) {
            String once = pipeline.normalize(RandomText.next(random));
            String twice = pipeline.normalize(once);
            if (!twice.equals(once)) {
                // report where, not the whole (possibly 2,000-char) strings
                int at = 0;
                while (at < Math.min(once.length(), twice.length()) && once.charAt(at) == twice.charAt(at)) {
                    at++;
                }
                fail("seed %s, iteration %s: second normalisation differs at index %s (lengths %s and %s)",
                        seed, i, at, once.length(), twice.length());
            }
        }
    }

    @Test
    void oddInputsAreAnalysedWithoutError() {
        List<String> odd = List.of("", " ", "\u0000\u0001\u0002", "\uD83D", "\uDE00\uD83D", "😀😀😀", "👍🏽",
                "a".repeat(10_000), "我".repeat(10_000), "1".repeat(10_000), "@".repeat(5_000) + "a.b",
                "a.".repeat(3_000) + "@x.com", "x@" + "a.".repeat(1_500) + "com",
                "1,".repeat(1_500) + "元", "¥" + "9".repeat(3_000), "十".repeat(3_000) + "块", "明天".repeat(1_500), "\u0301\u0301", "\uFEFF", "١٢٣", "𠀀𠀁𠀂", "ＡＢＣ" + "\uD800");
        for (String raw : odd) {
            AnalyzedText text = pipeline.analyze(raw);
            checkText(text, "input of length " + raw.length());
            checkEntities(text, Extraction.SHOP.extract(text), "input of length " + raw.length());
        }
    }

    private static void checkText(AnalyzedText text, String context) {
        String normalized = text.normalized();
        assertThat(normalized.length()).as(context).isLessThanOrEqualTo(TextPipeline.MAX_CHARS);
        assertThat(text.language()).as(context).isNotNull();
        assertThat(text.terms()).as(context).hasSameSizeAs(text.tokens());
        int previousEnd = 0;
        for (Token t : text.tokens()) {
            assertThat(t.start()).as(context).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).as(context).isGreaterThan(t.start()).isLessThanOrEqualTo(normalized.length());
            assertThat(normalized.substring(t.start(), t.end())).as(context).isEqualTo(t.text());
            previousEnd = t.end();
        }
    }

    private static void checkEntities(AnalyzedText text, List<Entity> entities, String context) {
        String normalized = text.normalized();
        assertThat(entities).as(context).isSortedAccordingTo(Comparator.comparingInt(Entity::start));
        for (Entity e : entities) {
            assertThat(e.end()).as(context).isGreaterThan(e.start()).isLessThanOrEqualTo(normalized.length());
            assertThat(normalized.substring(e.start(), e.end())).as(context).isEqualTo(e.text());
            assertThat(e.value()).as(context).isNotEmpty();
        }
    }
}
