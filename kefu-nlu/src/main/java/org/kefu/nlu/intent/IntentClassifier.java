package org.kefu.nlu.intent;

import static java.util.Objects.requireNonNull;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.kefu.nlu.IntentScore;
import org.kefu.nlu.NluException;
import org.kefu.nlu.embed.EmbedderCatalog;
import org.kefu.nlu.embed.SentenceEmbedder;

/**
 * A trained intent classifier: ranks a bot's intents by calibrated probability and decides whether a message is
 * out of scope. Immutable and thread-safe. Built by {@link IntentTrainer}; stored with {@link #write} and
 * {@link #read}.
 *
 * <p>The out-of-scope decision compares an in-scope score with a threshold. With an embedding model the score
 * blends the top intent's probability with the cosine between the message and the nearest training example of
 * that intent ({@link #inScopeScore}): the probability only compares the bot's intents with each other, so a
 * question about something else entirely can still get a confident top intent, but it rarely comes close to
 * anything customers said for it. Without embeddings the score is the top probability.
 *
 * <p>A message the {@link SparseShortcut} answers (nearly certain, every word known) is never embedded; its
 * in-scope score is then its top probability, which is above any learned threshold.
 */
public final class IntentClassifier {

    private static final int MAGIC = 0x4B464943; // "KFIC"
    /**
     * Version 5: liblinear-fitted, temperature-scaled members, an ensemble temperature, the training examples'
     * vectors, the weight of their re-ranking ({@link NearestExampleRanking}) and the {@link SparseShortcut}.
     * Version 4, the same without the shortcut, is still read.
     */
    static final int FORMAT_VERSION = 5;
    private static final int OLDEST_READABLE_VERSION = 4;
    /**
     * Weight of the nearest-example cosine against the top probability's 1 in the in-scope score. Chosen on
     * CLINC150's val + oos_val (kefu-bench/README.md): of 2, 3, 4 and 6, 4 lost the fewest in-scope messages
     * while rejecting 70% of the out-of-scope ones.
     */
    static final double NEAREST_EXAMPLE_WEIGHT = 4;

    private final List<String> labels;
    private final SparseFeaturizer sparse;
    private final @Nullable String denseModel;
    private final @Nullable SentenceEmbedder embedder;
    private final int denseDimension;
    private final List<Member> members;
    private final List<SoftmaxRegression> regressions;
    private final double outOfScopeThreshold;
    /** Multiplies the log of the members' averaged probabilities before a final softmax (1: unchanged). */
    private final double ensembleFactor;
    /** The training examples' vectors; null without an embedding model. */
    private final @Nullable ExampleVectors examples;
    /** How much the nearest examples re-rank the most probable intents (0: not at all). */
    private final double nearestExampleWeight;
    /** Answers without the embedding when it is sure; null without an embedding model. */
    private final @Nullable SparseShortcut shortcut;

    IntentClassifier(List<String> labels, SparseFeaturizer sparse, @Nullable String denseModel,
            @Nullable SentenceEmbedder embedder, int denseDimension, List<Member> members,
            List<SoftmaxRegression> regressions, double outOfScopeThreshold, double ensembleFactor,
            @Nullable ExampleVectors examples, double nearestExampleWeight, @Nullable SparseShortcut shortcut) {
        this.labels = List.copyOf(labels);
        this.sparse = sparse;
        this.denseModel = denseModel;
        this.embedder = embedder;
        this.denseDimension = denseDimension;
        this.members = List.copyOf(members);
        this.regressions = List.copyOf(regressions);
        this.outOfScopeThreshold = outOfScopeThreshold;
        this.ensembleFactor = ensembleFactor;
        this.examples = examples;
        this.nearestExampleWeight = nearestExampleWeight;
        this.shortcut = shortcut;
    }

    /** The intents this classifier knows, in index order. */
    public List<String> labels() {
        return labels;
    }

    /** Messages whose in-scope score ({@link Classification#inScopeScore()}) is lower are out of scope. */
    public double outOfScopeThreshold() {
        return outOfScopeThreshold;
    }

    /** The same classifier with another out-of-scope threshold. */
    public IntentClassifier withOutOfScopeThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
        return new IntentClassifier(labels, sparse, denseModel, embedder, denseDimension, members, regressions,
                threshold, ensembleFactor, examples, nearestExampleWeight, shortcut);
    }

    /** The same classifier with another ensemble temperature factor. */
    IntentClassifier withEnsembleFactor(double factor) {
        return new IntentClassifier(labels, sparse, denseModel, embedder, denseDimension, members, regressions,
                outOfScopeThreshold, factor, examples, nearestExampleWeight, shortcut);
    }

    /** The same classifier always consulting the embedding, for comparing answers with and without it. */
    IntentClassifier withoutShortcut() {
        return new IntentClassifier(labels, sparse, denseModel, embedder, denseDimension, members, regressions,
                outOfScopeThreshold, ensembleFactor, examples, nearestExampleWeight, null);
    }

    /** The embedding model the classifier was trained with, if it uses one. */
    public @Nullable String denseModel() {
        return denseModel;
    }

    /**
     * The probability of every intent, in {@link #labels()} order, averaged over the members.
     *
     * @param input the analysed message
     * @return probabilities summing to 1
     */
    public double[] probabilities(IntentInput input) {
        SparseVector sparseVector = sparse.featurize(input);
        double[] sure = sureAnswer(sparseVector, input);
        if (sure != null) {
            return sure;
        }
        float[] dense = embedder == null ? new float[0] : embedder.embed(input.normalizedText());
        return probabilities(sparseVector, dense, nearestExamples(dense));
    }

    double[] probabilities(SparseVector sparseVector, float[] dense, IntToDoubleFunction nearest) {
        if (sparseVector.size() == 0) {
            // Not one known word or character: the model has no evidence, only its biases (and the embedding of
            // something it has never seen), so it claims nothing.
            double[] uniform = new double[labels.size()];
            Arrays.fill(uniform, 1.0 / labels.size());
            return uniform;
        }
        double[] average = averagedProbabilities(sparseVector, dense);
        double[] p = ensembleFactor == 1 ? average : Calibration.softmax(Calibration.logOf(average), ensembleFactor);
        if (examples == null || nearestExampleWeight == 0 || dense.length == 0) {
            return p;
        }
        return NearestExampleRanking.rerank(p, nearest, nearestExampleWeight);
    }

    /** The members' probabilities averaged, before the ensemble temperature. */
    double[] averagedProbabilities(SparseVector sparseVector, float[] dense) {
        double[] sum = new double[labels.size()];
        for (int m = 0; m < members.size(); m++) {
            SparseVector v = FeatureVectors.combine(members.get(m), sparseVector, sparse.dimension(), dense);
            double[] p = regressions.get(m).probabilities(v);
            for (int k = 0; k < sum.length; k++) {
                sum[k] += p[k];
            }
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] = Math.clamp(sum[k] / members.size(), 0.0, 1.0);
        }
        return sum;
    }

    /**
     * Ranks the intents of a message and decides whether it is out of scope.
     *
     * @param input the analysed message
     * @param limit how many intents to return at most
     */
    public Classification classify(IntentInput input, int limit) {
        SparseVector sparseVector = sparse.featurize(input);
        double[] sure = sureAnswer(sparseVector, input);
        if (sure != null) {
            // Every word known and one intent nearly certain: the embedding would not change the answer.
            double top = Arrays.stream(sure).max().orElse(0);
            return new Classification(ranked(sure, limit), top < outOfScopeThreshold, top);
        }
        float[] dense = embedder == null ? new float[0] : embedder.embed(input.normalizedText());
        IntToDoubleFunction nearest = nearestExamples(dense);
        double[] p = probabilities(sparseVector, dense, nearest);
        List<IntentScore> intents = ranked(p, limit);
        if (sparseVector.size() == 0 || p.length == 0) {
            return new Classification(intents, true, 0);
        }
        int top = 0;
        for (int k = 1; k < p.length; k++) {
            top = p[k] > p[top] ? k : top;
        }
        double score = examples == null
                ? p[top]
                : inScopeScore(p[top], nearest.applyAsDouble(top));
        return new Classification(intents, score < outOfScopeThreshold, score);
    }

    /** The shortcut's probabilities if it may answer for this message without the embedding, else null. */
    private double @Nullable [] sureAnswer(SparseVector sparseVector, IntentInput input) {
        return shortcut == null ? null : shortcut.answer(sparseVector, input, sparse);
    }

    /**
     * The cosine of a message to the nearest example of an intent, each computed once: re-ranking and the
     * in-scope score both ask for the top intent's.
     */
    private IntToDoubleFunction nearestExamples(float[] dense) {
        if (examples == null || dense.length == 0) {
            return k -> -1;
        }
        double[] cosines = new double[labels.size()];
        Arrays.fill(cosines, Double.NaN);
        return k -> {
            if (Double.isNaN(cosines[k])) {
                cosines[k] = examples.nearest(dense, k);
            }
            return cosines[k];
        };
    }

    /**
     * How in scope a message looks: its top intent's probability and its cosine to the nearest training example
     * of that intent (negative cosines count as 0), weighted 1 to {@link #NEAREST_EXAMPLE_WEIGHT}.
     *
     * @return a value in [0, 1]
     */
    static double inScopeScore(double topProbability, double nearestCosine) {
        double cosine = Math.clamp(nearestCosine, 0.0, 1.0);
        return (topProbability + NEAREST_EXAMPLE_WEIGHT * cosine) / (1 + NEAREST_EXAMPLE_WEIGHT);
    }

    /**
     * Ranks the intents of a message, best first.
     *
     * @param input the analysed message
     * @param limit how many intents to return at most
     * @return at most {@code limit} intents with their probabilities
     */
    public List<IntentScore> rank(IntentInput input, int limit) {
        return ranked(probabilities(input), limit);
    }

    List<IntentScore> ranked(double[] p, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Integer[] order = new Integer[p.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -p[i]).thenComparing(i -> i));
        List<IntentScore> scores = new ArrayList<>(Math.min(limit, p.length));
        for (int i = 0; i < order.length && i < limit; i++) {
            scores.add(new IntentScore(labels.get(order[i]), p[order[i]]));
        }
        return scores;
    }

    /**
     * Writes the classifier in a versioned binary format.
     *
     * @throws IOException if writing fails
     */
    public void write(DataOutput out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeInt(labels.size());
        for (String label : labels) {
            out.writeUTF(label);
        }
        sparse.write(out);
        out.writeUTF(denseModel == null ? "" : denseModel);
        out.writeInt(denseDimension);
        out.writeDouble(outOfScopeThreshold);
        out.writeDouble(ensembleFactor);
        out.writeInt(members.size());
        for (int m = 0; m < members.size(); m++) {
            out.writeDouble(members.get(m).sparseWeight());
            out.writeDouble(members.get(m).denseWeight());
            regressions.get(m).write(out);
        }
        out.writeBoolean(examples != null);
        if (examples != null) {
            examples.write(out);
        }
        out.writeDouble(nearestExampleWeight);
        out.writeBoolean(shortcut != null);
        if (shortcut != null) {
            shortcut.write(out);
        }
    }

    /**
     * Reads a classifier written by {@link #write}.
     *
     * @param in the input, positioned at the classifier
     * @param catalog where to find the embedding model the classifier was trained with
     * @throws IOException if reading fails
     * @throws NluException if the data is not a classifier of a supported version
     */
    public static IntentClassifier read(DataInput in, EmbedderCatalog catalog) throws IOException {
        requireNonNull(catalog, "catalog");
        if (in.readInt() != MAGIC) {
            throw new NluException("not an intent classifier (bad magic number)");
        }
        int version = in.readInt();
        if (version < OLDEST_READABLE_VERSION || version > FORMAT_VERSION) {
            throw new NluException("unsupported intent classifier format version " + version + " (this build reads"
                    + " versions " + OLDEST_READABLE_VERSION + " to " + FORMAT_VERSION + "); retrain the bot");
        }
        int labelCount = ModelFormat.checkedCount(in.readInt(), "label count");
        List<String> labels = new ArrayList<>(labelCount);
        for (int i = 0; i < labelCount; i++) {
            labels.add(in.readUTF());
        }
        SparseFeaturizer sparse = SparseFeaturizer.read(in);
        String denseModel = in.readUTF();
        int denseDimension = in.readInt();
        double threshold = in.readDouble();
        double ensembleFactor = in.readDouble();
        if (!(ensembleFactor > 0 && ensembleFactor < 1e6)) {
            throw new NluException("corrupt intent classifier: ensemble factor " + ensembleFactor);
        }
        int memberCount = ModelFormat.checkedCount(in.readInt(), "member count");
        List<Member> members = new ArrayList<>(memberCount);
        List<SoftmaxRegression> regressions = new ArrayList<>(memberCount);
        for (int m = 0; m < memberCount; m++) {
            members.add(new Member(in.readDouble(), in.readDouble()));
            SoftmaxRegression regression = SoftmaxRegression.read(in);
            if (regression.classes() != labelCount
                    || regression.features() != sparse.dimension() + denseDimension) {
                throw new NluException("corrupt intent classifier: member " + m + " does not match its features");
            }
            regressions.add(regression);
        }
        ExampleVectors examples = in.readBoolean() ? ExampleVectors.read(in) : null;
        if (examples != null && (examples.intents() != labelCount || examples.dimension() != denseDimension)) {
            throw new NluException("corrupt intent classifier: example vectors do not match the intents");
        }
        double nearestExampleWeight = in.readDouble();
        if (!(nearestExampleWeight >= 0 && nearestExampleWeight < 1e6)) {
            throw new NluException("corrupt intent classifier: nearest-example weight " + nearestExampleWeight);
        }
        SparseShortcut shortcut = version >= 5 && in.readBoolean() ? SparseShortcut.read(in) : null;
        if (shortcut != null && (shortcut.classes() != labelCount || shortcut.features() != sparse.dimension())) {
            throw new NluException("corrupt intent classifier: the shortcut does not match its features");
        }
        SentenceEmbedder embedder = denseModel.isEmpty() ? null : catalog.embedder(denseModel);
        if (embedder != null && embedder.dimension() != denseDimension) {
            throw new NluException("embedding model " + denseModel + " has dimension " + embedder.dimension()
                    + " but the classifier expects " + denseDimension);
        }
        return new IntentClassifier(labels, sparse, denseModel.isEmpty() ? null : denseModel, embedder,
                denseDimension, members, regressions, threshold, ensembleFactor, examples, nearestExampleWeight,
                shortcut);
    }
}
