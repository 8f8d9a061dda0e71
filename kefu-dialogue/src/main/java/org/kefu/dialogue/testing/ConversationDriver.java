package org.kefu.dialogue.testing;

/**
 * Talks to a bot for test conversations: in process ({@link InProcessDriver}) or through a server's API.
 * Implementations must be usable for many sessions one after another.
 */
public interface ConversationDriver {

    /** Opens a new conversation. */
    Session open(SessionOptions options);

    /** One conversation with the bot. */
    interface Session extends AutoCloseable {

        /** The customer types a message. */
        TurnOutcome send(String text);

        /** The customer presses a quick reply sending {@code payload}. */
        TurnOutcome press(String payload);

        @Override
        default void close() {
        }
    }
}
