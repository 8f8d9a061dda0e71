package org.kefu.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kefu.nlu.Language;

class SparseFeaturizerTest {

    private static final String[] WORDS = {"card", "refund", "退货", "订单", "没", "收到", "my", "the", "🙂", "\uD83D",
            "ｆｕｌｌ", "x", "  ", "\t", "怎么", "iPhone15", "…", "é"};

    @Test
    void fingerprintsStreamExactlyTheNgramsTheCountsHold() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            IntentInput input = randomInput(random);
            Map<Long, Integer> expected = new HashMap<>();
            NgramExtractor.wordGrams(input.terms()).forEach(
                    (gram, count) -> expected.merge(GramFingerprint.of(gram), count, Integer::sum));
            NgramExtractor.charGrams(input.normalizedText()).forEach(
                    (gram, count) -> expected.merge(GramFingerprint.of(gram), count, Integer::sum));
            Map<Long, Integer> streamed = new HashMap<>();
            NgramExtractor.forEachWordGram(input.terms(), f -> streamed.merge(f, 1, Integer::sum));
            NgramExtractor.forEachCharGram(input.normalizedText(), f -> streamed.merge(f, 1, Integer::sum));
            assertThat(streamed).as(input.toString()).isEqualTo(expected);
        }
    }

    @Test
    void featuresAreTheNormalisedTfIdfOfTheVocabularyNgrams() throws IOException {
        Random random = new Random(7);
        List<IntentInput> training = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            training.add(randomInput(random));
        }
        SparseFeaturizer featurizer = SparseFeaturizer.fit(training, 2);
        Vocabulary vocabulary = Vocabulary.of(featurizer);
        assertThat(vocabulary.idf).hasSizeGreaterThan(50);

        for (int round = 0; round < 300; round++) {
            IntentInput input = randomInput(random);
            SparseVector actual = featurizer.featurize(input);
            TreeMap<Integer, Float> words = vocabulary.weights(NgramExtractor.wordGrams(input.terms()));
            TreeMap<Integer, Float> chars = vocabulary.weights(NgramExtractor.charGrams(input.normalizedText()));
            List<Integer> indices = new ArrayList<>(words.keySet());
            indices.addAll(chars.keySet());
            List<Float> values = new ArrayList<>(normalized(words));
            values.addAll(normalized(chars));
            assertThat(actual.indices()).as(input.toString()).containsExactly(toInts(indices));
            for (int i = 0; i < values.size(); i++) {
                assertThat(actual.values()[i]).isEqualTo(values.get(i));
            }
        }
    }

    @Test
    void unknownNgramsGiveAnEmptyVector() {
        SparseFeaturizer featurizer = SparseFeaturizer.fit(
                List.of(input("我 要 退货"), input("我 要 退款")), 2);
        SparseVector vector = featurizer.featurize(input("hello world"));
        assertThat(vector.size()).isZero();
        assertThat(featurizer.featurize(input("退 货 要")).size()).isPositive();
    }

    @Test
    void aModelFileWithAnNgramTwiceIsRejectedAsCorrupt() throws IOException {
        SparseFeaturizer featurizer = SparseFeaturizer.fit(List.of(input("我 要 退货"), input("我 要 退款")), 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        featurizer.write(new DataOutputStream(bytes));
        SparseFeaturizer copy = SparseFeaturizer.read(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(copy.featurize(input("我 要 退货")).indices())
                .containsExactly(featurizer.featurize(input("我 要 退货")).indices());

        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(twice);
        out.writeInt(2);
        out.writeInt(2);
        out.writeUTF("w:退货");
        out.writeFloat(1);
        out.writeUTF("w:退货");
        out.writeFloat(1);
        assertThatThrownBy(() -> SparseFeaturizer.read(
                new DataInputStream(new ByteArrayInputStream(twice.toByteArray()))))
                .isInstanceOf(IOException.class).hasMessageContaining("corrupt model");
    }

    private static IntentInput input(String text) {
        return new IntentInput(text, List.of(text.split(" ")), Language.ZH);
    }

    private static IntentInput randomInput(Random random) {
        int n = random.nextInt(12);
        List<String> terms = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            terms.add(word);
            text.append(word).append(random.nextBoolean() ? " " : "");
        }
        return new IntentInput(text.toString(), terms, Language.MIXED);
    }

    private static List<Float> normalized(TreeMap<Integer, Float> weights) {
        double sum = 0;
        for (float w : weights.values()) {
            sum += (double) w * w;
        }
        float scale = sum == 0 ? 0 : (float) (1 / Math.sqrt(sum));
        return weights.values().stream().map(w -> w * scale).toList();
    }

    private static int[] toInts(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The vocabulary as the model file stores it, read back independently of the featurizer. */
    private record Vocabulary(Map<String, Integer> index, float[] idf) {
        static Vocabulary of(SparseFeaturizer featurizer) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            featurizer.write(new DataOutputStream(bytes));
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
            int size = in.readInt();
            in.readInt();
            Map<String, Integer> index = new HashMap<>();
            float[] idf = new float[size];
            for (int i = 0; i < size; i++) {
                index.put(in.readUTF(), i);
                idf[i] = in.readFloat();
            }
            return new Vocabulary(index, idf);
        }

        TreeMap<Integer, Float> weights(Map<String, Integer> counts) {
            TreeMap<Integer, Float> weights = new TreeMap<>();
            counts.forEach((gram, tf) -> {
                Integer feature = index.get(gram);
                if (feature != null) {
                    weights.put(feature, (float) ((1 + Math.log(tf)) * idf[feature]));
                }
            });
            return weights;
        }
    }
}
