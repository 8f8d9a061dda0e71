package org.kefu.nlu;

/**
 * Turns customer text into an {@link Understanding}. Implementations are thread-safe and never throw
 * for odd input (empty, huge, binary garbage, emoji): they return a low-confidence understanding.
 */
@FunctionalInterface
public interface Understander {

    /**
     * Understands one message.
     *
     * @param text the message, possibly empty
     * @return what was understood; never null
     */
    Understanding understand(String text);
}
