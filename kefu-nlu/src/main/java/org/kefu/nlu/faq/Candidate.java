package org.kefu.nlu.faq;

/**
 * A FAQ entry proposed for a message, with the evidence the confidence model weighs.
 *
 * @param entry index of the FAQ entry
 * @param paraphrase ordinal of the entry's question that matched best
 * @param cosine best embedding cosine between the message and one of the entry's questions
 * @param coverage IDF-weighted share of the message's terms found in the entry's best lexical match, in [0, 1]
 * @param relativeBm25 the entry's best BM25 score divided by the best BM25 score of any entry, in [0, 1]
 * @param margin {@code cosine} minus the best cosine of any other entry (negative unless this entry is first)
 */
record Candidate(int entry, int paraphrase, double cosine, double coverage, double relativeBm25, double margin) {

    /** Number of features in {@link #features()}. */
    static final int FEATURES = 4;

    /** The confidence model's input. */
    double[] features() {
        return new double[] {cosine, coverage, relativeBm25, margin};
    }
}
