package org.kefu.nlu.intent;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.kefu.nlu.Language;
import org.kefu.nlu.NluException;
import org.kefu.nlu.embed.BgeEmbedders;
import org.kefu.nlu.embed.EmbedderCatalog;
import org.kefu.nlu.embed.SentenceEmbedder;

/**
 * Trains {@link IntentClassifier}s. Built with {@link #builder()}; immutable and reusable. Training with the
 * same settings, seed and data gives the same classifier.
 */
public final class IntentTrainer {

    /** Dense model choice meaning: the bge model of the training examples' majority language. */
    public static final String AUTO_DENSE_MODEL = "auto";

    /** Cross-validation costs {@link #FOLDS} trainings; beyond this size the fixed threshold is used. */
    static final int MAX_EXAMPLES_FOR_LEARNED_THRESHOLD = 5_000;
    static final int FOLDS = 5;

    private final long seed;
    private final int epochs;
    private final double learningRate;
    private final double l2;
    private final int minDf;
    private final List<Member> members;
    private final EmbedderCatalog catalog;
    private final String denseModel;
    private final double outOfScopeThreshold;
    private final boolean learnThreshold;
    private final int threads;

    private IntentTrainer(Builder b) {
        this.seed = b.seed;
        this.epochs = b.epochs;
        this.learningRate = b.learningRate;
        this.l2 = b.l2;
        this.minDf = b.minDf;
        this.members = List.copyOf(b.members);
        this.catalog = b.catalog;
        this.denseModel = b.denseModel;
        this.outOfScopeThreshold = b.outOfScopeThreshold;
        this.learnThreshold = b.learnThreshold;
        this.threads = b.threads;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A labelled training message. */
    public record Example(IntentInput input, String label) {
        public Example {
            requireNonNull(input, "input");
            requireNonNull(label, "label");
        }
    }

    /**
     * Trains a classifier.
     *
     * @param examples labelled messages; at least one
     * @throws NluException if there are no examples
     */
    public IntentClassifier train(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new NluException("cannot train an intent classifier without examples");
        }
        List<String> labels = List.copyOf(new TreeSet<>(examples.stream().map(Example::label).toList()));
        int[] y = examples.stream().mapToInt(e -> labels.indexOf(e.label())).toArray();
        List<IntentInput> inputs = examples.stream().map(Example::input).toList();
        int effectiveMinDf = minDf > 0 ? minDf : (examples.size() >= 2_000 ? 2 : 1);
        SparseFeaturizer sparse = SparseFeaturizer.fit(inputs, effectiveMinDf);
        boolean dense = members.stream().anyMatch(Member::usesDense);
        String modelName = dense ? chooseDenseModel(inputs) : null;
        SentenceEmbedder embedder = modelName == null ? null : catalog.embedder(modelName);
        int denseDimension = embedder == null ? 0 : embedder.dimension();
        List<SparseVector> sparseVectors = inputs.stream().map(sparse::featurize).toList();
        float[][] denseVectors = embedAll(embedder, inputs);
        int[] all = IntStream.range(0, y.length).toArray();
        List<SoftmaxRegression> regressions = trainMembers(sparse, sparseVectors, denseVectors, y, all,
                labels.size(), denseDimension);
        IntentClassifier classifier = new IntentClassifier(labels, sparse, modelName, embedder, denseDimension,
                members, regressions, outOfScopeThreshold);
        if (learnThreshold && labels.size() > 1 && examples.size() <= MAX_EXAMPLES_FOR_LEARNED_THRESHOLD) {
            double[] heldOut = heldOutConfidences(sparse, sparseVectors, denseVectors, y, labels, modelName,
                    embedder, denseDimension);
            classifier = classifier.withOutOfScopeThreshold(OutOfScopeThresholds.fromInScopeConfidences(heldOut));
        }
        return classifier;
    }

    /**
     * The top probability of every example when it is held out: k-fold cross-validation, folds stratified
     * by label in a seeded order.
     */
    private double[] heldOutConfidences(SparseFeaturizer sparse, List<SparseVector> sparseVectors,
            float[][] denseVectors, int[] y, List<String> labels, @Nullable String modelName,
            @Nullable SentenceEmbedder embedder, int denseDimension) {
        int[] fold = OutOfScopeThresholds.stratifiedFolds(y, labels.size(), FOLDS, seed);
        double[] confidence = new double[y.length];
        for (int f = 0; f < FOLDS; f++) {
            int current = f;
            int[] train = IntStream.range(0, y.length).filter(i -> fold[i] != current).toArray();
            if (train.length == 0 || train.length == y.length) {
                continue;
            }
            IntentClassifier partial = new IntentClassifier(labels, sparse, modelName, embedder, denseDimension,
                    members, trainMembers(sparse, sparseVectors, denseVectors, y, train, labels.size(),
                            denseDimension),
                    outOfScopeThreshold);
            for (int i = 0; i < y.length; i++) {
                if (fold[i] == current) {
                    double[] p = partial.probabilities(sparseVectors.get(i), denseVectors[i]);
                    confidence[i] = java.util.Arrays.stream(p).max().orElse(0);
                }
            }
        }
        return confidence;
    }

    private @Nullable String chooseDenseModel(List<IntentInput> inputs) {
        if (!AUTO_DENSE_MODEL.equals(denseModel)) {
            return denseModel;
        }
        long english = inputs.stream().filter(i -> i.language() == Language.EN).count();
        return english * 2 > inputs.size() ? BgeEmbedders.EN_MODEL : BgeEmbedders.ZH_MODEL;
    }

    private static float[][] embedAll(@Nullable SentenceEmbedder embedder, List<IntentInput> inputs) {
        float[][] vectors = new float[inputs.size()][];
        if (embedder == null) {
            for (int i = 0; i < vectors.length; i++) {
                vectors[i] = new float[0];
            }
            return vectors;
        }
        // Each sentence is embedded alone, so the vectors do not depend on the thread that computes them.
        IntStream.range(0, vectors.length).parallel()
                .forEach(i -> vectors[i] = embedder.embed(inputs.get(i).normalizedText()));
        return vectors;
    }

    private List<SoftmaxRegression> trainMembers(SparseFeaturizer sparse, List<SparseVector> sparseVectors,
            float[][] denseVectors, int[] y, int[] subset, int classes, int denseDimension) {
        int features = sparse.dimension() + denseDimension;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, members.size()));
        try {
            List<Future<SoftmaxRegression>> futures = new ArrayList<>();
            for (int m = 0; m < members.size(); m++) {
                Member member = members.get(m);
                // Each member has its own seed, derived from the trainer's, so results do not depend on
                // which thread trains which member.
                SoftmaxRegression.Settings settings = new SoftmaxRegression.Settings(epochs, learningRate, l2,
                        seed * 31 + m);
                futures.add(pool.submit(() -> {
                    List<SparseVector> x = new ArrayList<>(subset.length);
                    int[] labels = new int[subset.length];
                    for (int n = 0; n < subset.length; n++) {
                        int i = subset[n];
                        x.add(FeatureVectors.combine(member, sparseVectors.get(i), sparse.dimension(),
                                denseVectors[i]));
                        labels[n] = y[i];
                    }
                    return SoftmaxRegression.train(x, labels, classes, features, settings);
                }));
            }
            List<SoftmaxRegression> result = new ArrayList<>();
            for (Future<SoftmaxRegression> f : futures) {
                result.add(f.get());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NluException("intent training interrupted", e);
        } catch (ExecutionException e) {
            throw new NluException("intent training failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Builds an {@link IntentTrainer}; every setting has a default measured on public benchmarks. */
    public static final class Builder {
        private long seed = 42;
        private int epochs = 12;
        private double learningRate = 0.2;
        private double l2 = 1e-4;
        private int minDf = 0;
        private List<Member> members = List.of(Member.SPARSE, Member.DENSE);
        private EmbedderCatalog catalog = BgeEmbedders.catalog();
        private String denseModel = AUTO_DENSE_MODEL;
        private double outOfScopeThreshold = 0.3;
        private boolean learnThreshold;
        private int threads = 2;

        private Builder() {}

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** @throws IllegalArgumentException if not positive */
        public Builder epochs(int epochs) {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be positive: " + epochs);
            }
            this.epochs = epochs;
            return this;
        }

        /** @throws IllegalArgumentException if not positive */
        public Builder learningRate(double learningRate) {
            if (!(learningRate > 0)) {
                throw new IllegalArgumentException("learningRate must be positive: " + learningRate);
            }
            this.learningRate = learningRate;
            return this;
        }

        /** @throws IllegalArgumentException if negative */
        public Builder l2(double l2) {
            if (!(l2 >= 0)) {
                throw new IllegalArgumentException("l2 must not be negative: " + l2);
            }
            this.l2 = l2;
            return this;
        }

        /** Minimum number of examples an n-gram must occur in; 0 (default) chooses by data size. */
        public Builder minDf(int minDf) {
            if (minDf < 0) {
                throw new IllegalArgumentException("minDf must not be negative: " + minDf);
            }
            this.minDf = minDf;
            return this;
        }

        /** @throws IllegalArgumentException if empty */
        public Builder members(List<Member> members) {
            if (members.isEmpty()) {
                throw new IllegalArgumentException("members must not be empty");
            }
            this.members = List.copyOf(members);
            return this;
        }

        public Builder embeddings(EmbedderCatalog catalog) {
            this.catalog = requireNonNull(catalog, "catalog");
            return this;
        }

        /** The embedding model name, or {@link #AUTO_DENSE_MODEL} (default) to choose by language. */
        public Builder denseModel(String denseModel) {
            this.denseModel = requireNonNull(denseModel, "denseModel");
            return this;
        }

        /** @throws IllegalArgumentException if not in [0, 1] */
        public Builder outOfScopeThreshold(double threshold) {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("outOfScopeThreshold must be in [0, 1]: " + threshold);
            }
            this.outOfScopeThreshold = threshold;
            this.learnThreshold = false;
            return this;
        }

        /**
         * Chooses the out-of-scope threshold by cross-validation, so that about nine in ten in-scope messages
         * pass it. Used for data sets of up to 5,000 examples; larger ones keep the fixed threshold (0.3 by
         * default), as they are usually tuned on a validation set of their own.
         */
        public Builder learnOutOfScopeThreshold() {
            this.learnThreshold = true;
            return this;
        }

        /** Threads for training members in parallel. @throws IllegalArgumentException if not positive */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be positive: " + threads);
            }
            this.threads = threads;
            return this;
        }

        public IntentTrainer build() {
            return new IntentTrainer(this);
        }
    }
}
