package org.kefu.nlu.intent;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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

    /** Up to this many examples, every fold of the cross-validation is held out once; beyond, only one. */
    static final int MAX_EXAMPLES_FOR_FULL_CROSS_VALIDATION = 5_000;
    static final int FOLDS = 5;

    private final long seed;
    private final LinearSolver solver;
    private final double c;
    private final int minDf;
    private final List<Member> members;
    private final EmbedderCatalog catalog;
    private final String denseModel;
    private final double outOfScopeThreshold;
    private final boolean learnThreshold;
    private final boolean calibrate;
    private final double suspectLabelProbability;
    private final double relabelProbability;
    private final double classWeightPower;
    private final int threads;
    private final boolean shortcut;

    private IntentTrainer(Builder b) {
        this.seed = b.seed;
        this.solver = b.solver;
        this.c = b.c;
        this.minDf = b.minDf;
        this.members = List.copyOf(b.members);
        this.catalog = b.catalog;
        this.denseModel = b.denseModel;
        this.outOfScopeThreshold = b.outOfScopeThreshold;
        this.learnThreshold = b.learnThreshold;
        this.calibrate = b.calibrate;
        this.suspectLabelProbability = b.suspectLabelProbability;
        this.relabelProbability = b.relabelProbability;
        this.classWeightPower = b.classWeightPower;
        this.threads = b.threads;
        this.shortcut = b.shortcut;
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
     * Trains a classifier. Unless calibration is off, part of the data is first held out (k-fold
     * cross-validation for small data sets, one fold for large ones) to fit each member's temperature, the
     * ensemble's temperature and, if asked for, the out-of-scope threshold; then every member is trained on
     * all examples.
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
        List<List<SparseVector>> views = new ArrayList<>();
        for (Member member : members) {
            views.add(IntStream.range(0, y.length)
                    .mapToObj(i -> FeatureVectors.combine(member, sparseVectors.get(i), sparse.dimension(),
                            denseVectors[i]))
                    .toList());
        }
        LinearFit.Settings settings = new LinearFit.Settings(solver.type(), c, seed, threads, classWeightPower);
        MemberTraining training = new MemberTraining(views, y, labels.size(), sparse.dimension() + denseDimension,
                settings);
        boolean clean = suspectLabelProbability > 0 && labels.size() > 1;
        boolean allFolds = clean || examples.size() <= MAX_EXAMPLES_FOR_FULL_CROSS_VALIDATION;
        HeldOut heldOut = (calibrate || clean) && labels.size() > 1
                ? HeldOut.estimate(training, FOLDS, allFolds, seed)
                : HeldOut.none(members.size());
        SuspectLabels.Cleaned kept = clean
                ? SuspectLabels.cleaned(y, labels.size(), heldOut, suspectLabelProbability, relabelProbability)
                : SuspectLabels.all(y);
        List<SoftmaxRegression> regressions = training.trainAll(kept.indices(), kept.labels());
        List<SoftmaxRegression> scaled = new ArrayList<>(regressions.size());
        for (int m = 0; m < regressions.size(); m++) {
            scaled.add(regressions.get(m).scaled(heldOut.memberFactors()[m]));
        }
        ExampleVectors exampleVectors = embedder == null ? null : exampleVectors(denseVectors, kept, labels.size());
        double nearestExampleWeight = embedder == null
                ? 0
                : NearestExampleRanking.learnWeight(heldOut, denseVectors, y, labels.size());
        double threshold = learnThreshold
                ? learnedThreshold(embedder == null
                        ? heldOut.topConfidences()
                        : HeldOutInScopeScores.of(heldOut, denseVectors, y, labels.size(), nearestExampleWeight))
                : outOfScopeThreshold;
        SparseShortcut sure = shortcut && embedder != null && labels.size() > 1
                // Unlike cleaning, the shortcut's temperature and usefulness need one fold only on large data.
                ? SparseShortcut.train(inputs, sparseVectors, sparse, y, labels.size(), settings, kept, calibrate,
                        examples.size() <= MAX_EXAMPLES_FOR_FULL_CROSS_VALIDATION)
                : null;
        return new IntentClassifier(labels, sparse, modelName, embedder, denseDimension, members, scaled,
                threshold, heldOut.ensembleFactor(), exampleVectors, nearestExampleWeight, sure);
    }

    private double learnedThreshold(double[] heldOutInScopeScores) {
        return heldOutInScopeScores.length > 0
                ? OutOfScopeThresholds.fromInScopeScores(heldOutInScopeScores)
                : outOfScopeThreshold;
    }

    private static ExampleVectors exampleVectors(float[][] vectors, SuspectLabels.Cleaned kept, int classes) {
        int[] indices = kept.indices();
        float[][] keptVectors = new float[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            keptVectors[i] = vectors[indices[i]];
        }
        return ExampleVectors.of(keptVectors, kept.labels(), classes);
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

    /** Builds an {@link IntentTrainer}; every setting has a default measured on public benchmarks. */
    public static final class Builder {
        private long seed = 42;
        // Chosen on a 90/10 split of Banking77's train set (bench task "tune"): held-out accuracy 95.2, ECE 1.2.
        private LinearSolver solver = LinearSolver.SVM;
        private double c = 0.5;
        private int minDf = 0;
        private List<Member> members = List.of(Member.JOINT);
        private EmbedderCatalog catalog = BgeEmbedders.catalog();
        private String denseModel = AUTO_DENSE_MODEL;
        private double outOfScopeThreshold = 0.3;
        private boolean learnThreshold;
        private boolean calibrate = true;
        private double suspectLabelProbability;
        private double relabelProbability = Double.POSITIVE_INFINITY;
        private double classWeightPower;
        private int threads = 2;
        private boolean shortcut = true;

        private Builder() {}

        /**
         * Whether the classifier may answer from n-grams alone, without the embedding, when it is nearly certain
         * and knows every word ({@link SparseShortcut}); on by default. Off, every message is embedded. On the
         * tuning splits the shortcut answered about half of the messages, each as the full model did except 3 of
         * CLINC150's 3,000 in-scope validation messages.
         */
        public Builder shortcut(boolean shortcut) {
            this.shortcut = shortcut;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder solver(LinearSolver solver) {
            this.solver = requireNonNull(solver, "solver");
            return this;
        }

        /** Inverse regularisation strength of every member. @throws IllegalArgumentException if not positive */
        public Builder c(double c) {
            if (!(c > 0)) {
                throw new IllegalArgumentException("C must be positive: " + c);
            }
            this.c = c;
            return this;
        }

        /**
         * Drops training examples whose label looks wrong: those that, held out in a cross-validation, get a
         * probability below {@code probability} for their own label (0, the default, keeps every example).
         * For deliberately noisy data; costs a full cross-validation.
         *
         * @throws IllegalArgumentException if not in [0, 1)
         */
        public Builder dropSuspectLabels(double probability) {
            if (!(probability >= 0 && probability < 1)) {
                throw new IllegalArgumentException("probability must be in [0, 1): " + probability);
            }
            this.suspectLabelProbability = probability;
            return this;
        }

        /**
         * With {@link #dropSuspectLabels}: a suspect example that the cross-validation puts in another intent
         * with at least this probability is trained with that intent instead of dropped. Above 1 (the default is
         * infinity), every suspect is dropped.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder relabelSuspects(double probability) {
            if (!(probability > 0)) {
                throw new IllegalArgumentException("probability must be positive: " + probability);
            }
            this.relabelProbability = probability;
            return this;
        }

        /**
         * Gives the examples of rarer intents more weight: an intent with {@code n} examples, when the average
         * intent has {@code a}, weighs {@code (a / n)^power} (at least 1). 0 (default) weighs all alike.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder classWeightPower(double power) {
            if (!(power >= 0)) {
                throw new IllegalArgumentException("power must not be negative: " + power);
            }
            this.classWeightPower = power;
            return this;
        }

        /** Whether to fit temperatures on held-out data (default true); off saves the extra trainings. */
        public Builder calibrate(boolean calibrate) {
            this.calibrate = calibrate;
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

        /**
         * A fixed out-of-scope threshold on the in-scope score ({@link Classification#inScopeScore()}).
         *
         * @throws IllegalArgumentException if not in [0, 1]
         */
        public Builder outOfScopeThreshold(double threshold) {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("outOfScopeThreshold must be in [0, 1]: " + threshold);
            }
            this.outOfScopeThreshold = threshold;
            this.learnThreshold = false;
            return this;
        }

        /**
         * Chooses the out-of-scope threshold on held-out examples, so that the in-scope scores of about nine in ten
         * in-scope messages pass it. Needs calibration (the default), which provides the held-out examples.
         */
        public Builder learnOutOfScopeThreshold() {
            this.learnThreshold = true;
            return this;
        }

        /** Threads solving the per-intent problems in parallel. @throws IllegalArgumentException if not positive */
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
