package org.kefu.nlu.text;

/**
 * One normalisation step: takes text, returns transformed text. Implementations are stateless,
 * thread-safe and never throw for any string.
 */
@FunctionalInterface
interface TextFilter {

    /**
     * Applies this transformation.
     *
     * @param text the text so far, never null
     * @return the transformed text, never null
     */
    String apply(String text);
}
