package org.kefu.nlu.faq;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A question-pair similarity learned from many labelled pairs of one domain (thousands, e.g. a bot's
 * paraphrase log or AFQMC): the {@link PairFeatures} of a {@link QuestionSimilarity} plus a learned lexicon of
 * terms whose presence on one side only flips the meaning (花呗 against 借呗), combined by logistic regression.
 * With few pairs, use {@link SimilarityWeights#fit} instead: the lexicon needs volume. Immutable, thread-safe.
 */
public final class LearnedSimilarity {
    /** Folds for out-of-fold lexicon features, so the regression sees the lexicon as it behaves on new pairs. */
    private static final int FOLDS = 5;
    /** Pull towards the prior weights (the similarity's defaults, zero for lexicon features). */
    private static final double PRIOR_STRENGTH = 1;

    private final QuestionSimilarity measuring;
    private final TermContrast contrast;
    private final LogisticModel model;

    private LearnedSimilarity(QuestionSimilarity measuring, TermContrast contrast, LogisticModel model) {
        this.measuring = measuring;
        this.contrast = contrast;
        this.model = model;
    }

    /**
     * Learns from labelled pairs. Deterministic for a given order of pairs.
     *
     * @param measuring measures the embedding and overlap features
     * @param first the first question of each pair
     * @param second the second question of each pair
     * @param same whether each pair means the same
     * @throws IllegalArgumentException if the lists differ in length or are empty
     */
    @SuppressWarnings("unchecked")
    public static LearnedSimilarity fit(QuestionSimilarity measuring, List<String> first, List<String> second,
            List<Boolean> same) {
        requireNonNull(measuring, "measuring");
        int n = same.size();
        if (first.size() != n || second.size() != n || n == 0) {
            throw new IllegalArgumentException(
                    "need as many first and second questions as labels, and at least one: " + first.size() + ", "
                            + second.size() + ", " + n);
        }
        Set<Long>[] firstTerms = new Set[n];
        Set<Long>[] secondTerms = new Set[n];
        double[][] base = new double[n][];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            QuestionProfile a = measuring.profile(requireNonNull(first.get(i), "first"));
            QuestionProfile b = measuring.profile(requireNonNull(second.get(i), "second"));
            firstTerms[i] = TermContrast.terms(a);
            secondTerms[i] = TermContrast.terms(b);
            base[i] = measuring.features(a, b).toArray();
            labels[i] = same.get(i);
        }
        double[][] x = new double[n][];
        for (int fold = 0; fold < FOLDS; fold++) {
            boolean[] learnFrom = new boolean[n];
            for (int i = 0; i < n; i++) {
                learnFrom[i] = n < FOLDS || i % FOLDS != fold;
            }
            TermContrast partial = TermContrast.learn(firstTerms, secondTerms, labels, learnFrom);
            for (int i = fold; i < n; i += FOLDS) {
                x[i] = concat(base[i], partial.features(firstTerms[i], secondTerms[i]));
            }
        }
        double[] prior = Arrays.copyOf(SimilarityWeights.defaults().model().weights(),
                1 + PairFeatures.COUNT + TermContrast.COUNT);
        LogisticModel model = LogisticModel.fit(x, labels, new LogisticModel(prior), PRIOR_STRENGTH);
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        return new LearnedSimilarity(measuring, TermContrast.learn(firstTerms, secondTerms, labels, all), model);
    }

    /**
     * The probability that two questions mean the same.
     *
     * @return a value in [0, 1]; symmetric in its arguments
     */
    public double similarity(String a, String b) {
        QuestionProfile pa = measuring.profile(requireNonNull(a, "a"));
        QuestionProfile pb = measuring.profile(requireNonNull(b, "b"));
        double[] x = concat(measuring.features(pa, pb).toArray(),
                contrast.features(TermContrast.terms(pa), TermContrast.terms(pb)));
        return model.probability(x);
    }

    @Override
    public String toString() {
        return "LearnedSimilarity" + Arrays.toString(model.weights());
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
