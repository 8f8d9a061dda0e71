package org.kefu.nlu.intent;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a message into a sparse TF-IDF vector over a fixed vocabulary of word and character n-grams. Term
 * frequencies are sublinear ({@code 1 + ln tf}); word and character groups are L2-normalised separately so
 * that neither dominates because it has more n-grams. Immutable and thread-safe once built.
 */
final class SparseFeaturizer {

    private final Map<String, Integer> index;
    private final float[] idf;
    private final int wordFeatures;

    private SparseFeaturizer(Map<String, Integer> index, float[] idf, int wordFeatures) {
        this.index = index;
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
        TreeMap<Integer, Float> words = weights(NgramExtractor.wordGrams(input.terms()));
        TreeMap<Integer, Float> chars = weights(NgramExtractor.charGrams(input.normalizedText()));
        int n = words.size() + chars.size();
        int[] indices = new int[n];
        float[] values = new float[n];
        int i = 0;
        // Word features have lower indices than character features, so concatenation stays ascending.
        i = copyNormalized(words, indices, values, i);
        copyNormalized(chars, indices, values, i);
        return new SparseVector(indices, values);
    }

    private TreeMap<Integer, Float> weights(Map<String, Integer> counts) {
        TreeMap<Integer, Float> weights = new TreeMap<>();
        counts.forEach((gram, tf) -> {
            Integer feature = index.get(gram);
            if (feature != null) {
                weights.put(feature, (float) ((1 + Math.log(tf)) * idf[feature]));
            }
        });
        return weights;
    }

    private static int copyNormalized(TreeMap<Integer, Float> weights, int[] indices, float[] values, int from) {
        double sum = 0;
        for (float w : weights.values()) {
            sum += (double) w * w;
        }
        float scale = sum == 0 ? 0 : (float) (1 / Math.sqrt(sum));
        int i = from;
        for (Map.Entry<Integer, Float> e : weights.entrySet()) {
            indices[i] = e.getKey();
            values[i] = e.getValue() * scale;
            i++;
        }
        return i;
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
