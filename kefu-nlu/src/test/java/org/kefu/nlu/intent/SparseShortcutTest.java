package org.kefu.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kefu.nlu.intent.IntentTrainerTest.input;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.Language;
import org.kefu.nlu.embed.EmbedderCatalog;
import org.kefu.nlu.embed.SentenceEmbedder;

/**
 * The classifier answers from n-grams alone only when it is sure and knows every word; otherwise it embeds the
 * message. A counting stand-in embedder shows which path a message took.
 */
final class SparseShortcutTest {

    private final CountingEmbedder embedder = new CountingEmbedder();
    private final EmbedderCatalog catalog = name -> embedder;

    @Test
    void aFamiliarUnambiguousMessageIsAnsweredWithoutTheEmbedding() {
        IntentClassifier classifier = trainer().build().train(examples());
        embedder.calls.set(0);

        Classification verdict = classifier.classify(input("where is my parcel"), 3);

        assertThat(embedder.calls).hasValue(0);
        assertThat(verdict.intents().getFirst().intent()).isEqualTo("track");
        assertThat(verdict.intents().getFirst().confidence()).isGreaterThanOrEqualTo(SparseShortcut.CERTAINTY);
        assertThat(verdict.outOfScope()).isFalse();
        assertThat(verdict.inScopeScore()).isEqualTo(verdict.intents().getFirst().confidence());
    }

    @Test
    void anUnknownWordOrAnAmbiguousMessageGoesToTheEmbedding() {
        IntentClassifier classifier = trainer().build().train(examples());
        embedder.calls.set(0);

        classifier.classify(input("where is my cannabis parcel"), 3);
        assertThat(embedder.calls).as("unknown word").hasValue(1);

        classifier.classify(input("refund parcel"), 3);
        assertThat(embedder.calls).as("two intents' words").hasValue(2);
    }

    @Test
    void theShortcutAgreesWithTheFullModelOnWhatItAnswers() {
        IntentClassifier classifier = trainer().build().train(examples());
        IntentClassifier full = classifier.withoutShortcut();

        for (IntentTrainer.Example e : examples()) {
            assertThat(classifier.classify(e.input(), 1).intents().getFirst().intent())
                    .as(e.input().normalizedText())
                    .isEqualTo(full.classify(e.input(), 1).intents().getFirst().intent());
        }
    }

    @Test
    void theShortcutSurvivesWritingAndReading() throws IOException {
        IntentClassifier trained = trainer().build().train(examples());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.write(new DataOutputStream(bytes));
        IntentClassifier read = IntentClassifier.read(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), catalog);
        embedder.calls.set(0);

        assertThat(read.probabilities(input("where is my parcel")))
                .containsExactly(trained.probabilities(input("where is my parcel")));
        assertThat(embedder.calls).hasValue(0);
    }

    @Test
    void randomMessagesGetValidVerdictsAndOnlySureFamiliarOnesSkipTheEmbedding() {
        IntentClassifier classifier = trainer().build().train(examples());
        List<String> words = List.of("where", "is", "my", "parcel", "refund", "money", "back", "hello", "friend",
                "hi", "track", "shipped", "cannabis", "zzz", "的", "😀", "");
        Random random = new Random(20_261_125);
        int skipped = 0;
        for (int i = 0; i < 500; i++) {
            List<String> terms = new ArrayList<>();
            int length = random.nextInt(10) == 0 ? 200 : random.nextInt(8);
            for (int w = 0; w < length; w++) {
                terms.add(words.get(random.nextInt(words.size())));
            }
            IntentInput input = new IntentInput(String.join(" ", terms), terms, Language.EN);
            int before = embedder.calls.get();

            Classification verdict = classifier.classify(input, 3);

            double[] p = classifier.probabilities(input);
            assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-6));
            assertThat(verdict.inScopeScore()).isBetween(0.0, 1.0);
            assertThat(verdict.outOfScope()).isEqualTo(verdict.inScopeScore() < classifier.outOfScopeThreshold());
            if (embedder.calls.get() == before) {
                skipped++;
                assertThat(verdict.intents().getFirst().confidence()).as(input.normalizedText())
                        .isGreaterThanOrEqualTo(SparseShortcut.CERTAINTY);
                assertThat(terms).as("only known words, at most %d", NgramExtractor.MAX_TERMS)
                        .hasSizeLessThanOrEqualTo(NgramExtractor.MAX_TERMS)
                        .doesNotContain("cannabis", "zzz", "的", "😀");
            }
        }
        assertThat(skipped).as("some random messages are familiar and clear enough").isPositive();
    }

    @Test
    void switchedOffEveryMessageIsEmbedded() {
        IntentClassifier classifier = trainer().shortcut(false).build().train(examples());
        embedder.calls.set(0);

        classifier.classify(input("where is my parcel"), 3);

        assertThat(embedder.calls).hasValue(1);
    }

    private IntentTrainer.Builder trainer() {
        return IntentTrainer.builder().embeddings(catalog).denseModel("stand-in").threads(1);
    }

    /** Three intents with words of their own, each said many ways, so that n-grams alone can be sure. */
    private static List<IntentTrainer.Example> examples() {
        List<IntentTrainer.Example> examples = new ArrayList<>();
        for (String who : List.of("my", "the", "our", "this", "that")) {
            for (String form : List.of("where is %s parcel", "track %s parcel", "where is %s parcel now",
                    "has %s parcel shipped")) {
                examples.add(new IntentTrainer.Example(input(form.formatted(who)), "track"));
            }
            for (String form : List.of("refund %s money", "i want %s money back", "refund %s payment",
                    "give %s money back")) {
                examples.add(new IntentTrainer.Example(input(form.formatted(who)), "refund"));
            }
            for (String form : List.of("hello %s friend", "hi %s friend", "good morning %s friend",
                    "hey %s friend")) {
                examples.add(new IntentTrainer.Example(input(form.formatted(who)), "greet"));
            }
        }
        return examples;
    }

    /** Embeds by letter counts, which is enough for the dense member to learn something, and counts calls. */
    private static final class CountingEmbedder implements SentenceEmbedder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            float[] v = new float[26];
            text.chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> v[c - 'a']++);
            return v;
        }

        @Override
        public int dimension() {
            return 26;
        }
    }
}
