package org.kefu.nlu.faq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Proposes candidate FAQ entries for a message and measures their evidence. Candidates are the entries of
 * the best BM25 matches and the entries with the highest embedding cosine (an exact scan of all
 * paraphrase vectors: a few thousand dot products take well under a millisecond, and it finds paraphrases
 * that share no word with the message). Immutable and thread-safe.
 */
final class Retriever {
    private final int[] entryOf;
    private final int entryCount;
    private final List<Set<String>> terms;
    private final LexicalIndex lexical;
    private final int candidates;

    Retriever(int[] entryOf, int entryCount, List<Set<String>> terms, LexicalIndex lexical, int candidates) {
        this.entryOf = entryOf;
        this.entryCount = entryCount;
        this.terms = terms;
        this.lexical = lexical;
        this.candidates = candidates;
    }

    /**
     * The candidate entries for a message, in no particular order.
     *
     * @param query the message's terms ({@link FaqTerms#all})
     * @param lexicalHits the message's BM25 hits
     * @param cosines the cosine between the message and every paraphrase, by ordinal
     * @param excluded paraphrase ordinals to ignore (calibration holds questions out); empty when serving
     */
    List<Candidate> candidates(Set<String> query, LexicalIndex.Hit[] lexicalHits, float[] cosines, BitSet excluded) {
        double[] bestCosine = new double[entryCount];
        int[] bestCosineParaphrase = new int[entryCount];
        Arrays.fill(bestCosine, Double.NEGATIVE_INFINITY);
        Arrays.fill(bestCosineParaphrase, -1);
        for (int p = 0; p < cosines.length; p++) {
            int e = entryOf[p];
            if (!excluded.get(p) && cosines[p] > bestCosine[e]) {
                bestCosine[e] = cosines[p];
                bestCosineParaphrase[e] = p;
            }
        }
        double[] bestBm25 = new double[entryCount];
        double topBm25 = 0;
        boolean[] proposed = new boolean[entryCount];
        for (LexicalIndex.Hit hit : lexicalHits) {
            if (excluded.get(hit.ordinal())) {
                continue;
            }
            int e = entryOf[hit.ordinal()];
            proposed[e] = true;
            bestBm25[e] = Math.max(bestBm25[e], hit.score());
            topBm25 = Math.max(topBm25, hit.score());
        }
        for (int e : topEntriesByCosine(bestCosine)) {
            proposed[e] = true;
        }
        double[] coverage = coverage(query, lexicalHits, bestCosineParaphrase, proposed, excluded);
        int first = -1;
        int second = -1;
        for (int e = 0; e < entryCount; e++) {
            if (bestCosineParaphrase[e] < 0) {
                continue;
            }
            if (first < 0 || bestCosine[e] > bestCosine[first]) {
                second = first;
                first = e;
            } else if (second < 0 || bestCosine[e] > bestCosine[second]) {
                second = e;
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int e = 0; e < entryCount; e++) {
            if (!proposed[e] || bestCosineParaphrase[e] < 0) {
                continue;
            }
            double other = e == first ? (second < 0 ? 0 : bestCosine[second]) : bestCosine[first];
            out.add(new Candidate(e, bestCosineParaphrase[e], bestCosine[e], coverage[e],
                    topBm25 > 0 ? bestBm25[e] / topBm25 : 0, bestCosine[e] - other));
        }
        return out;
    }

    private int[] topEntriesByCosine(double[] bestCosine) {
        Integer[] order = new Integer[entryCount];
        for (int e = 0; e < entryCount; e++) {
            order[e] = e;
        }
        Arrays.sort(order, (a, b) -> Double.compare(bestCosine[b], bestCosine[a]));
        int n = Math.min(candidates, entryCount);
        int[] top = new int[n];
        for (int i = 0; i < n; i++) {
            top[i] = order[i];
        }
        return top;
    }

    // Coverage is measured on the entry's BM25 hits and its best-cosine paraphrase: the paraphrases that
    // could have matched, without intersecting every paraphrase of every entry.
    private double[] coverage(Set<String> query, LexicalIndex.Hit[] hits, int[] bestCosineParaphrase,
            boolean[] proposed, BitSet excluded) {
        double[] coverage = new double[entryCount];
        if (query.isEmpty()) {
            return coverage;
        }
        String[] queryTerms = query.toArray(String[]::new);
        double[] idf = new double[queryTerms.length];
        double total = 0;
        for (int i = 0; i < queryTerms.length; i++) {
            idf[i] = lexical.idf(queryTerms[i]);
            total += idf[i];
        }
        for (LexicalIndex.Hit hit : hits) {
            if (!excluded.get(hit.ordinal())) {
                int e = entryOf[hit.ordinal()];
                coverage[e] = Math.max(coverage[e], covered(queryTerms, idf, total, hit.ordinal()));
            }
        }
        for (int e = 0; e < entryCount; e++) {
            if (proposed[e] && bestCosineParaphrase[e] >= 0) {
                coverage[e] = Math.max(coverage[e], covered(queryTerms, idf, total, bestCosineParaphrase[e]));
            }
        }
        return coverage;
    }

    private double covered(String[] queryTerms, double[] idf, double total, int paraphrase) {
        Set<String> have = terms.get(paraphrase);
        double sum = 0;
        for (int i = 0; i < queryTerms.length; i++) {
            if (have.contains(queryTerms[i])) {
                sum += idf[i];
            }
        }
        return total > 0 ? sum / total : 0;
    }
}
