package org.kefu.nlu.faq;

import java.util.List;

/**
 * The logistic combination that turns {@link PairFeatures} into the probability that two questions mean the
 * same: {@code 1 / (1 + exp(-(intercept + cosine·c + charJaccard·j1 + bigramJaccard·j2 + wordJaccard·jw
 * + lengthRatio·l)))}.
 *
 * @param intercept the bias
 * @param cosine weight of {@link PairFeatures#cosine()}
 * @param charJaccard weight of {@link PairFeatures#charJaccard()}
 * @param bigramJaccard weight of {@link PairFeatures#bigramJaccard()}
 * @param wordJaccard weight of {@link PairFeatures#wordJaccard()}
 * @param lengthRatio weight of {@link PairFeatures#lengthRatio()}
 */
public record SimilarityWeights(double intercept, double cosine, double charJaccard, double bigramJaccard,
        double wordJaccard, double lengthRatio) {

    /** Pseudo-examples pulling a fit towards {@link #defaults()}: enough to keep tiny data sets sane. */
    private static final double PRIOR_STRENGTH = 1;

    public SimilarityWeights {
        for (double w : new double[] {intercept, cosine, charJaccard, bigramJaccard, wordJaccard, lengthRatio}) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("similarity weights must be finite: " + w);
            }
        }
    }

    /**
     * Weights set by hand for the bge-small models, dominated by the embedding cosine: a cosine of 0.7 with no
     * shared word is even odds, shared words and bigrams raise it; unrelated questions (cosine around 0.4–0.5)
     * score under 0.1. Fit your own with {@link #fit} when labelled pairs exist.
     */
    public static SimilarityWeights defaults() {
        return new SimilarityWeights(-7.7, 11, 0, 2, 2, 0);
    }

    /**
     * Fits weights to labelled question pairs by L2-regularised logistic regression (Newton's method, pulled
     * towards {@link #defaults()}). Deterministic.
     *
     * @param pairs measured pairs
     * @param same whether each pair means the same
     * @return the fitted weights
     * @throws IllegalArgumentException if the lists differ in length
     */
    public static SimilarityWeights fit(List<PairFeatures> pairs, List<Boolean> same) {
        if (pairs.size() != same.size()) {
            throw new IllegalArgumentException(pairs.size() + " pairs but " + same.size() + " labels");
        }
        double[][] x = new double[pairs.size()][];
        boolean[] y = new boolean[pairs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pairs.get(i).toArray();
            y[i] = same.get(i);
        }
        return of(LogisticModel.fit(x, y, defaults().model(), PRIOR_STRENGTH));
    }

    /** The probability that a pair means the same, in [0, 1]. */
    public double probability(PairFeatures features) {
        return model().probability(features.toArray());
    }

    LogisticModel model() {
        return new LogisticModel(intercept, cosine, charJaccard, bigramJaccard, wordJaccard, lengthRatio);
    }

    private static SimilarityWeights of(LogisticModel model) {
        double[] w = model.weights();
        return new SimilarityWeights(w[0], w[1], w[2], w[3], w[4], w[5]);
    }
}
