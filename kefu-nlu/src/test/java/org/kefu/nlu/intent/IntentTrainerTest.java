package org.kefu.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.Language;
import org.kefu.nlu.NluException;
import org.kefu.nlu.embed.BgeEmbedders;

/** Trains on tiny synthetic data with n-gram features only, so that no embedding model is loaded. */
final class IntentTrainerTest {

    private static final List<String> PROBES = List.of("refund my money", "where is my parcel", "hello",
            "parcel refund", "zzz", "");

    @Test
    void learnsIntentsFromAFewExamples() {
        IntentClassifier classifier = sparseTrainer(LinearSolver.LOGISTIC_REGRESSION).build().train(examples());

        assertThat(top(classifier, "please refund the money")).isEqualTo("refund");
        assertThat(top(classifier, "where is the parcel now")).isEqualTo("track");
        assertThat(top(classifier, "hello there")).isEqualTo("greet");
    }

    @Test
    void everySolverLearnsTheIntents() {
        for (LinearSolver solver : LinearSolver.values()) {
            IntentClassifier classifier = sparseTrainer(solver).build().train(examples());

            assertThat(top(classifier, "please refund the money")).as(solver.name()).isEqualTo("refund");
            assertThat(Arrays.stream(classifier.probabilities(input("hello there"))).sum())
                    .as(solver.name()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void sameSeedGivesIdenticalProbabilities() {
        IntentClassifier a = sparseTrainer(LinearSolver.LOGISTIC_REGRESSION).build().train(examples());
        IntentClassifier b = sparseTrainer(LinearSolver.LOGISTIC_REGRESSION).build().train(examples());

        for (String probe : PROBES) {
            assertThat(a.probabilities(input(probe))).containsExactly(b.probabilities(input(probe)));
        }
        assertThat(a.outOfScopeThreshold()).isEqualTo(b.outOfScopeThreshold());
    }

    @Test
    void writtenClassifierReadsBackWithIdenticalProbabilities() throws IOException {
        IntentClassifier trained = sparseTrainer(LinearSolver.LOGISTIC_REGRESSION).members(
                List.of(Member.SPARSE, new Member(2, 0))).build().train(examples());

        IntentClassifier read = IntentClassifier.read(new DataInputStream(new ByteArrayInputStream(
                bytes(trained))), BgeEmbedders.catalog());

        assertThat(read.labels()).isEqualTo(trained.labels());
        assertThat(read.outOfScopeThreshold()).isEqualTo(trained.outOfScopeThreshold());
        for (String probe : PROBES) {
            assertThat(read.probabilities(input(probe))).containsExactly(trained.probabilities(input(probe)));
        }
    }

    @Test
    void refusesAClassifierOfAnOlderFormatVersion() throws IOException {
        byte[] bytes = bytes(sparseTrainer(LinearSolver.LOGISTIC_REGRESSION).build().train(examples()));
        assertThat(IntentClassifier.FORMAT_VERSION).isEqualTo(5);
        bytes[7] = 3; // the version int follows the 4-byte magic number

        assertThatThrownBy(() -> IntentClassifier.read(new DataInputStream(new ByteArrayInputStream(bytes)),
                BgeEmbedders.catalog()))
                .isInstanceOf(NluException.class)
                .hasMessageContaining("version 3");
    }

    @Test
    void readsAClassifierOfFormatVersion4WhichHadNoShortcut() throws IOException {
        IntentClassifier trained = sparseTrainer(LinearSolver.LOGISTIC_REGRESSION).build().train(examples());
        byte[] current = bytes(trained);
        assertThat(current[current.length - 1]).as("no shortcut without an embedding model").isZero();
        byte[] version4 = Arrays.copyOf(current, current.length - 1);
        version4[7] = 4;

        IntentClassifier read = IntentClassifier.read(new DataInputStream(new ByteArrayInputStream(version4)),
                BgeEmbedders.catalog());

        for (String probe : PROBES) {
            assertThat(read.probabilities(input(probe))).containsExactly(trained.probabilities(input(probe)));
        }
    }

    @Test
    void learnedThresholdLiesWithinItsBounds() {
        IntentClassifier classifier = sparseTrainer(LinearSolver.LOGISTIC_REGRESSION).learnOutOfScopeThreshold()
                .build().train(examples());

        assertThat(classifier.outOfScopeThreshold())
                .isBetween(OutOfScopeThresholds.MIN_THRESHOLD, OutOfScopeThresholds.MAX_THRESHOLD);
    }

    @Test
    void trainsWithIntentsThatHaveASingleExampleOrThereIsOnlyOne() {
        List<IntentTrainer.Example> data = new ArrayList<>(examples());
        data.add(new IntentTrainer.Example(input("cancel subscription"), "cancel"));

        IntentClassifier classifier = sparseTrainer(LinearSolver.LOGISTIC_REGRESSION).build().train(data);
        IntentClassifier single = sparseTrainer(LinearSolver.LOGISTIC_REGRESSION).build()
                .train(List.of(new IntentTrainer.Example(input("hello"), "greet")));

        assertThat(top(classifier, "cancel my subscription")).isEqualTo("cancel");
        assertThat(single.probabilities(input("hello"))).containsExactly(1.0);
    }

    private static IntentTrainer.Builder sparseTrainer(LinearSolver solver) {
        return IntentTrainer.builder().solver(solver).c(10).members(List.of(Member.SPARSE)).threads(2);
    }

    private static String top(IntentClassifier classifier, String text) {
        return classifier.rank(input(text), 1).getFirst().intent();
    }

    private static byte[] bytes(IntentClassifier classifier) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        classifier.write(new DataOutputStream(out));
        return out.toByteArray();
    }

    static IntentInput input(String text) {
        return new IntentInput(text, text.isBlank() ? List.of() : List.of(text.split(" ")), Language.EN);
    }

    static List<IntentTrainer.Example> examples() {
        List<IntentTrainer.Example> examples = new ArrayList<>();
        add(examples, "refund", "i want a refund", "refund my order", "give me my money back", "money back please",
                "how do i get a refund", "refund the money");
        add(examples, "track", "where is my parcel", "track my parcel", "where is my order", "parcel not arrived",
                "when will the parcel arrive", "track order");
        add(examples, "greet", "hello", "hi", "hello there", "good morning", "hi there", "hey hello");
        return examples;
    }

    private static void add(List<IntentTrainer.Example> out, String label, String... texts) {
        for (String text : texts) {
            out.add(new IntentTrainer.Example(input(text), label));
        }
    }
}
