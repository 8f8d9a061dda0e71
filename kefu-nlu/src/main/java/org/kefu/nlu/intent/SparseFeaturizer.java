package org.kefu.nlu.intent;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Turns a message into a sparse TF-IDF vector over a fixed vocabulary of word and character n-grams. Term
 * frequencies are sublinear ({@code 1 + ln tf}); word and character groups are L2-normalised separately so
 * that neither dominates because it has more n-grams. Immutable and thread-safe once built.
 */
final class SparseFeaturizer {

    /** The n-gram of each feature, kept to write the model file: the fingerprints cannot be turned back. */
    private final List<String> grams;
    private final FingerprintIndex lookup;
    private final float[] idf;
    private final int wordFeatures;

    private SparseFeaturizer(List<String> grams, float[] idf, int wordFeatures) {
        this.grams = List.copyOf(grams);
        this.lookup = FingerprintIndex.of(this.grams);
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
        List<String> grams = new ArrayList<>();
        List<Float> idfs = new ArrayList<>();
        int documents = inputs.size();
        addGroup(wordDf, minDf, documents, grams, idfs);
        int wordFeatures = grams.size();
        addGroup(charDf, minDf, documents, grams, idfs);
        float[] idf = new float[idfs.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = idfs.get(i);
        }
        return new SparseFeaturizer(grams, idf, wordFeatures);
    }

    private static void addGroup(
            TreeMap<String, Integer> df, int minDf, int documents, List<String> grams, List<Float> idfs) {
        df.forEach((gram, count) -> {
            if (count >= minDf) {
                grams.add(gram);
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

    /**
     * Whether every word of a message is in the vocabulary as a word of its own (not merely inside known
     * character n-grams). A message with more words than {@link NgramExtractor#MAX_TERMS} is never fully known.
     */
    boolean knowsEveryWord(IntentInput input) {
        List<String> terms = input.terms();
        if (terms.isEmpty() || terms.size() > NgramExtractor.MAX_TERMS) {
            return false;
        }
        for (String term : terms) {
            if (!term.isBlank() && lookup.feature(NgramExtractor.wordFingerprint(term)) == FingerprintIndex.ABSENT) {
                return false;
            }
        }
        return true;
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
        out.writeInt(idf.length);
        out.writeInt(wordFeatures);
        for (int i = 0; i < idf.length; i++) {
            out.writeUTF(grams.get(i));
            out.writeFloat(idf[i]);
        }
    }

    static SparseFeaturizer read(DataInput in) throws IOException {
        int size = ModelFormat.checkedCount(in.readInt(), "vocabulary size");
        int wordFeatures = in.readInt();
        if (wordFeatures < 0 || wordFeatures > size) {
            throw new IOException("corrupt model: word feature count " + wordFeatures + " of " + size);
        }
        String[] grams = new String[size];
        float[] idf = new float[size];
        for (int i = 0; i < size; i++) {
            grams[i] = in.readUTF();
            idf[i] = in.readFloat();
        }
        try {
            return new SparseFeaturizer(Arrays.asList(grams), idf, wordFeatures);
        } catch (IllegalStateException e) {
            throw new IOException("corrupt model: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "SparseFeaturizer[words=" + wordFeatures + ", chars=" + (idf.length - wordFeatures) + "]";
    }
}
