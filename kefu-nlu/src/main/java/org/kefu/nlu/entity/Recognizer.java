package org.kefu.nlu.entity;

import java.util.List;
import org.kefu.nlu.Entity;
import org.kefu.nlu.text.AnalyzedText;

/**
 * Finds one kind of entity in a normalised message. Implementations are immutable, thread-safe and never
 * throw for any text; overlapping candidates are fine, {@link OverlapResolver} settles them.
 */
interface Recognizer {

    /**
     * Adds every candidate found in {@code text} to {@code out}; spans refer to
     * {@link AnalyzedText#normalized()}.
     */
    void recognize(AnalyzedText text, List<Entity> out);
}
