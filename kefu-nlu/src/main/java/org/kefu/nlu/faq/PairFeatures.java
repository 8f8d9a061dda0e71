package org.kefu.nlu.faq;

import java.util.Set;

/**
 * What {@link QuestionSimilarity} measures about two questions before combining it into one score.
 *
 * @param cosine cosine of the two sentence embeddings, in [-1, 1]
 * @param charJaccard Jaccard overlap of the sets of letters, digits and ideographs, in [0, 1]
 * @param bigramJaccard Jaccard overlap of the sets of adjacent character pairs, in [0, 1]
 * @param wordJaccard Jaccard overlap of the sets of pipeline terms (HanLP words, stemmed English), in [0, 1]
 * @param lengthRatio shorter length over longer length, counted in letters, digits and ideographs, in [0, 1]
 */
public record PairFeatures(double cosine, double charJaccard, double bigramJaccard, double wordJaccard,
        double lengthRatio) {

    /** Number of features. */
    public static final int COUNT = 5;

    /** The features in declaration order. */
    public double[] toArray() {
        return new double[] {cosine, charJaccard, bigramJaccard, wordJaccard, lengthRatio};
    }

    /** Measures two profiled questions whose embeddings have the given cosine. */
    static PairFeatures of(QuestionProfile a, QuestionProfile b, double cosine) {
        int longer = Math.max(a.length(), b.length());
        return new PairFeatures(
                Double.isFinite(cosine) ? Math.clamp(cosine, -1, 1) : 0,
                jaccard(a.chars(), b.chars()),
                jaccard(a.bigrams(), b.bigrams()),
                jaccard(a.terms(), b.terms()),
                longer == 0 ? 0 : Math.min(a.length(), b.length()) / (double) longer);
    }

    /** Zero when both sets are empty: two contentless texts share nothing that shows they mean the same. */
    private static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<T> small = a.size() <= b.size() ? a : b;
        Set<T> large = small == a ? b : a;
        int common = 0;
        for (T t : small) {
            if (large.contains(t)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }
}
