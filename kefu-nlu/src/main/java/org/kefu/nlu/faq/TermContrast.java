package org.kefu.nlu.faq;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon learned from labelled question pairs of which characters and character pairs, when only one of two
 * questions has them, tend to make the questions differ in meaning (e.g. 花呗 against 借呗, 还款 against 借款),
 * and which pairs of such one-sided terms do. Each term's score is the smoothed log-odds of "different" among
 * the training pairs where it appears on one side only, relative to the base rate. Immutable.
 */
final class TermContrast {
    /** Number of features {@link #features} returns. */
    static final int COUNT = 6;

    /** Pseudo-pairs at the base rate added to every term's counts, so that rare terms score near zero. */
    private static final double SMOOTHING = 5;
    /** Terms and term pairs seen fewer times than this on one side only are left out of the lexicon. */
    private static final int MIN_COUNT = 2;

    private final Map<Long, Double> terms;
    private final Map<TermPair, Double> pairs;

    private TermContrast(Map<Long, Double> terms, Map<TermPair, Double> pairs) {
        this.terms = Map.copyOf(terms);
        this.pairs = Map.copyOf(pairs);
    }

    /** The characters and adjacent character pairs of a question: the terms this lexicon knows. */
    static Set<Long> terms(QuestionProfile profile) {
        Set<Long> terms = new HashSet<>(profile.bigrams());
        // Bigrams carry the first character in the high 32 bits, never zero for letters and digits; single
        // characters therefore never collide with them.
        profile.chars().forEach(c -> terms.add((long) c));
        return terms;
    }

    /**
     * Learns the lexicon from the pairs whose index is selected.
     *
     * @param first the first question's terms, per pair
     * @param second the second question's terms, per pair
     * @param same each pair's label
     * @param selected which pairs to learn from
     */
    static TermContrast learn(Set<Long>[] first, Set<Long>[] second, boolean[] same, boolean[] selected) {
        int n = 0;
        int different = 0;
        Map<Long, int[]> termCounts = new HashMap<>();
        Map<TermPair, int[]> pairCounts = new HashMap<>();
        for (int i = 0; i < same.length; i++) {
            if (!selected[i]) {
                continue;
            }
            n++;
            int d = same[i] ? 0 : 1;
            different += d;
            Set<Long> onlyFirst = minus(first[i], second[i]);
            Set<Long> onlySecond = minus(second[i], first[i]);
            for (Set<Long> side : java.util.List.of(onlyFirst, onlySecond)) {
                for (long t : side) {
                    int[] c = termCounts.computeIfAbsent(t, k -> new int[2]);
                    c[0]++;
                    c[1] += d;
                }
            }
            for (long x : onlyFirst) {
                for (long z : onlySecond) {
                    int[] c = pairCounts.computeIfAbsent(TermPair.of(x, z), k -> new int[2]);
                    c[0]++;
                    c[1] += d;
                }
            }
        }
        double prior = n == 0 ? 0.5 : Math.clamp(different / (double) n, 0.01, 0.99);
        Map<Long, Double> terms = new HashMap<>();
        termCounts.forEach((t, c) -> {
            if (c[0] >= MIN_COUNT) {
                terms.put(t, logOdds(c, prior));
            }
        });
        Map<TermPair, Double> pairs = new HashMap<>();
        pairCounts.forEach((p, c) -> {
            if (c[0] >= MIN_COUNT) {
                pairs.put(p, logOdds(c, prior));
            }
        });
        return new TermContrast(terms, pairs);
    }

    /**
     * How strongly the one-sided terms of two questions point to different meanings: the highest, summed and
     * lowest term score, the highest and mean term-pair score, and how many one-sided terms there are.
     */
    double[] features(Set<Long> first, Set<Long> second) {
        Set<Long> onlyFirst = minus(first, second);
        Set<Long> onlySecond = minus(second, first);
        double max = 0;
        double min = 0;
        double sum = 0;
        int count = 0;
        for (Set<Long> side : java.util.List.of(onlyFirst, onlySecond)) {
            for (long t : side) {
                double s = terms.getOrDefault(t, 0.0);
                max = count == 0 ? s : Math.max(max, s);
                min = count == 0 ? s : Math.min(min, s);
                sum += s;
                count++;
            }
        }
        double pairMax = 0;
        double pairSum = 0;
        int pairCount = 0;
        for (long x : onlyFirst) {
            for (long z : onlySecond) {
                double s = pairs.getOrDefault(TermPair.of(x, z), 0.0);
                pairMax = pairCount == 0 ? s : Math.max(pairMax, s);
                pairSum += s;
                pairCount++;
            }
        }
        return new double[] {max, sum, min, pairMax, pairCount == 0 ? 0 : pairSum / pairCount, count};
    }

    private static double logOdds(int[] counts, double prior) {
        double different = counts[1] + SMOOTHING * prior;
        double same = counts[0] - counts[1] + SMOOTHING * (1 - prior);
        return Math.log(different / same) - Math.log(prior / (1 - prior));
    }

    private static Set<Long> minus(Set<Long> a, Set<Long> b) {
        Set<Long> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** An unordered pair of terms, the smaller first, so that the lexicon is symmetric in the two questions. */
    private record TermPair(long low, long high) {
        static TermPair of(long x, long z) {
            return x <= z ? new TermPair(x, z) : new TermPair(z, x);
        }
    }
}
