package org.kefu.nlu.embed;

/**
 * A sentence embedder maps one sentence to a fixed-size, L2-normalised vector, so that the dot product of
 * two vectors is their cosine similarity. Implementations are thread-safe.
 */
public interface SentenceEmbedder {

    /**
     * Embeds one sentence.
     *
     * @param text the sentence; may be empty
     * @return a new vector of length {@link #dimension()} with unit L2 norm (or all zeros for text with no
     *     content); callers may modify it
     */
    float[] embed(String text);

    /** The length of every vector this embedder returns. */
    int dimension();
}
