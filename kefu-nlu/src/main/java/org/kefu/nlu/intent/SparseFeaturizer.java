package org.kefu.nlu.intent;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Turns a message into a sparse TF-IDF vector over a fixed vocabulary of word and character n-grams. Term
 * frequencies are sublinear ({@code 1 + ln tf}); word and character groups are L2-normalised separately so
 * that neither dominates because it has more n-grams. Immutable and thread-safe once built.
 */
final class SparseFeaturizer {

    private final Map<String, Integer> index;
    private final FingerprintIndex lookup;
    private final float[] idf;
    private final int wordFeatures;

    private SparseFeaturizer(Map<String, Integer> index, float[] idf, int wordFeatures) {
        this.index = index;
        this.lookup = FingerprintIndex.of(index);
        this.idf = idf;
        this.wordFeatures = wordFeatures;
    }

    /**
     * Builds the vocabulary from training messages, keeping n-grams that occur in at least {@code minDf}
     * of them. Features are ordered by group, then alphabetically, so the result does not depend on hash
     * order.
     */
    static SparseFeaturizer fit(List<IntentInput> inputs, int minDf) {
        if (minDf < 1) {
            throw new IllegalArgumentException("minDf must be at least 1: " + minDf);
        }
        TreeMap<String, Integer> wordDf = new TreeMap<>();
        TreeMap<String, Integer> charDf = new TreeMap<>();
        for (IntentInput input : inputs) {
            NgramExtractor.wordGrams(input.terms()).keySet().forEach(g -> wordDf.merge(g, 1, Integer::sum));
            NgramExtractor.charGrams(input.normalizedText()).keySet().forEach(g -> charDf.merge(g, 1, Integer::sum));
        }
        Map<String, Integer> index = new HashMap<>();
        List<Float> idfs = new ArrayList<>();
        int documents = inputs.size();
        addGroup(wordDf, minDf, documents, index, idfs);
        int wordFeatures = index.size();
        addGroup(charDf, minDf, documents, index, idfs);
        float[] idf = new float[idfs.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = idfs.get(i);
        }
        return new SparseFeaturizer(index, idf, wordFeatures);
    }

    private static void addGroup(
            TreeMap<String, Integer> df, int minDf, int documents, Map<String, Integer> index, List<Float> idfs) {
        df.forEach((gram, count) -> {
            if (count >= minDf) {
                index.put(gram, index.size());
                idfs.add((float) (Math.log((1.0 + documents) / (1.0 + count)) + 1.0));
            }
        });
    }

    int dimension() {
        return idf.length;
    }

    /** The TF-IDF vector of a message; n-grams outside the vocabulary are ignored. */
    SparseVector featurize(IntentInput input) {
        FeatureOccurrences occurrences = new FeatureOccurrences(lookup);
        NgramExtractor.forEachWordGram(input.terms(), occurrences);
        NgramExtractor.forEachCharGram(input.normalizedText(), occurrences);
        int[] features = occurrences.sorted();
        int[] indices = new int[features.length];
        float[] values = new float[features.length];
        int n = 0;
        for (int i = 0; i < features.length; ) {
            int feature = features[i];
            int tf = 0;
            while (i < features.length && features[i] == feature) {
                tf++;
                i++;
            }
            indices[n] = feature;
            values[n] = (float) ((1 + Math.log(tf)) * idf[feature]);
            n++;
        }
        // Word features have lower indices than character features; each group is normalised on its own.
        int words = 0;
        while (words < n && indices[words] < wordFeatures) {
            words++;
        }
        normalize(values, 0, words);
        normalize(values, words, n);
        return new SparseVector(Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
    }

    private static void normalize(float[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) values[i] * values[i];
        }
        float scale = sum == 0 ? 0 : (float) (1 / Math.sqrt(sum));
        for (int i = from; i < to; i++) {
            values[i] *= scale;
        }
    }

    /** The vocabulary features of a message's n-grams, one entry per occurrence. */
    private static final class FeatureOccurrences implements LongConsumer {
        private final FingerprintIndex lookup;
        private int[] features = new int[128];
        private int size;

        FeatureOccurrences(FingerprintIndex lookup) {
            this.lookup = lookup;
        }

        @Override
        public void accept(long fingerprint) {
            int feature = lookup.feature(fingerprint);
            if (feature == FingerprintIndex.ABSENT) {
                return;
            }
            if (size == features.length) {
                features = Arrays.copyOf(features, size * 2);
            }
            features[size++] = feature;
        }

        int[] sorted() {
            int[] result = Arrays.copyOf(features, size);
            Arrays.sort(result);
            return result;
        }
    }

    void write(DataOutput out) throws IOException {
        String[] grams = new String[idf.length];
        index.forEach((gram, i) -> grams[i] = gram);
        out.writeInt(idf.length);
        out.writeInt(wordFeatures);
        for (int i = 0; i < idf.length; i++) {
            out.writeUTF(grams[i]);
            out.writeFloat(idf[i]);
        }
    }

    static SparseFeaturizer read(DataInput in) throws IOException {
        int size = ModelFormat.checkedCount(in.readInt(), "vocabulary size");
        int wordFeatures = in.readInt();
        if (wordFeatures < 0 || wordFeatures > size) {
            throw new IOException("corrupt model: word feature count " + wordFeatures + " of " + size);
        }
        Map<String, Integer> index = new HashMap<>(size * 2);
        float[] idf = new float[size];
        for (int i = 0; i < size; i++) {
            index.put(in.readUTF(), i);
            idf[i] = in.readFloat();
        }
        if (index.size() != size) {
            throw new IOException("corrupt model: duplicate n-grams in vocabulary");
        }
        return new SparseFeaturizer(index, idf, wordFeatures);
    }

    @Override
    public String toString() {
        return "SparseFeaturizer[words=" + wordFeatures + ", chars=" + (idf.length - wordFeatures) + "]";
    }
}
