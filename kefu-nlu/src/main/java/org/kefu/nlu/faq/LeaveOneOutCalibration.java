package org.kefu.nlu.faq;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.kefu.nlu.embed.SentenceEmbedder;
import org.kefu.nlu.text.AnalyzedText;

/**
 * Fits the FAQ confidence model on the bot's own questions, asked leave-one-out.
 *
 * <p>Each held-out question is searched against the index without itself (BM25 hits and cosine scan both
 * skip it). The top {@link #CANDIDATES_PER_QUESTION} candidates, ranked by the prior model, become training
 * examples labelled by whether they are the held-out question's own entry. Every
 * {@link #UNANSWERABLE_EVERY}th held-out question is searched once more with its whole entry removed: it
 * then plays a message the knowledge base cannot answer, worded like those it can, and every candidate is
 * a negative example. That teaches the model what a near miss looks like (a question whose entry has no
 * other question plays the same part in the first search). The logistic model is pulled towards {@link #PRIOR} with the weight of
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

    /**
     * One held-out question in this many is also asked with its whole entry held out. This sets the share
     * of unanswerable messages the calibration assumes: about one in five of the messages that reach FAQ
     * retrieval, a guess for a customer-service bot whose other messages go to flows and intents.
     */
    static final int UNANSWERABLE_EVERY = 4;

    private LeaveOneOutCalibration() {}

    private static void addExamples(List<Candidate> candidates, int rightEntry, List<double[]> rows,
            List<Boolean> labels) {
        List<FaqIndex.Scored> scored = FaqIndex.score(candidates, PRIOR);
        for (int i = 0; i < scored.size() && i < CANDIDATES_PER_QUESTION; i++) {
            Candidate c = scored.get(i).candidate();
            rows.add(c.features());
            labels.add(c.entry() == rightEntry);
        }
    }

    /** The fitted model; the prior itself when there is nothing to learn from. */
    static LogisticModel fit(FaqIndex index, List<AnalyzedText> questions) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        int n = questions.size();
        int stride = Math.max(1, (n + MAX_HELD_OUT - 1) / MAX_HELD_OUT);
        int heldOut = 0;
        for (int q = 0; q < n; q += stride, heldOut++) {
            AnalyzedText text = questions.get(q);
            SentenceEmbedder embedder = index.embedderFor(text.language());
            float[] vector = index.vector(embedder, q);
            BitSet self = new BitSet();
            self.set(q);
            addExamples(index.candidates(text, embedder, vector, self), index.entryOf(q), rows, labels);
            if (heldOut % UNANSWERABLE_EVERY == 0) {
                // The whole entry held out: a question the knowledge base cannot answer, but worded like
                // the ones it can. Every candidate is wrong.
                addExamples(index.candidates(text, embedder, vector, index.questionsOf(index.entryOf(q))), -1,
                        rows, labels);
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
