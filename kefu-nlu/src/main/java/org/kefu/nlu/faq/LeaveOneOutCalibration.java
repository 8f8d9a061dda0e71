package org.kefu.nlu.faq;

import java.util.ArrayList;
import java.util.List;
import org.kefu.nlu.embed.SentenceEmbedder;
import org.kefu.nlu.text.AnalyzedText;

/**
 * Fits the FAQ confidence model on the bot's own questions, asked leave-one-out.
 *
 * <p>Each held-out question is searched against the index without itself (BM25 hits and cosine scan both
 * skip it). The top {@link #CANDIDATES_PER_QUESTION} candidates, ranked by the prior model, become training
 * examples labelled by whether they are the held-out question's own entry. A question whose entry has no
 * other question plays an out-of-scope message: every candidate is wrong, which teaches the model what a
 * near miss looks like. The logistic model is pulled towards {@link #PRIOR} with the weight of
 * {@link #PRIOR_STRENGTH} pseudo-examples, so a bot with five FAQ entries gets sensible confidences and a
 * bot with a thousand gets its own.
 *
 * <p>IDF statistics still count the held-out question (it is in the Lucene index); this makes its unique
 * words look slightly more common than they would be to a real message, a small optimistic bias on coverage.
 * At most {@link #MAX_HELD_OUT} questions are held out, evenly spaced, to bound build time.
 */
final class LeaveOneOutCalibration {
    /**
     * Prior weights: intercept, cosine, coverage, relative BM25, cosine margin. Chosen by hand for the
     * bge-small models: a best cosine of 0.9 with a 0.15 margin and half the words shared gives about 0.7;
     * an unrelated message (cosine 0.55, little overlap, no margin) gives under 0.01.
     */
    static final LogisticModel PRIOR = new LogisticModel(-12, 10, 3, 1, 8);
    static final double PRIOR_STRENGTH = 5;
    static final int CANDIDATES_PER_QUESTION = 3;
    static final int MAX_HELD_OUT = 1_000;

    private LeaveOneOutCalibration() {}

    /** The fitted model; the prior itself when there is nothing to learn from. */
    static LogisticModel fit(FaqIndex index, List<AnalyzedText> questions) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        int n = questions.size();
        int stride = Math.max(1, (n + MAX_HELD_OUT - 1) / MAX_HELD_OUT);
        for (int q = 0; q < n; q += stride) {
            AnalyzedText text = questions.get(q);
            SentenceEmbedder embedder = index.embedderFor(text.language());
            List<FaqIndex.Scored> scored = FaqIndex.score(
                    index.candidates(text, embedder, index.vector(embedder, q), q), PRIOR);
            for (int i = 0; i < scored.size() && i < CANDIDATES_PER_QUESTION; i++) {
                Candidate c = scored.get(i).candidate();
                rows.add(c.features());
                labels.add(c.entry() == index.entryOf(q));
            }
        }
        if (rows.isEmpty()) {
            return PRIOR;
        }
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        return LogisticModel.fit(rows.toArray(double[][]::new), y, PRIOR, PRIOR_STRENGTH);
    }
}
