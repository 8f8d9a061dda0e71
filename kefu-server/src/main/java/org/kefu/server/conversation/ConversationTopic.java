package org.kefu.server.conversation;

import java.util.function.Consumer;

/**
 * Carries {@link ConversationEvent}s to every listener of a conversation, on this node and, with the
 * {@code redis} profile, on every other node. Listeners run on the publishing thread (in-process) or on
 * the Redis listener thread; they must be quick and must not block.
 */
public interface ConversationTopic {

    /** Publishes an event to the conversation's listeners on all nodes. */
    void publish(ConversationEvent event);

    /**
     * Listens to one conversation's events on this node.
     *
     * @return the subscription; close it to stop listening
     */
    Subscription subscribe(String conversationId, Consumer<ConversationEvent> listener);

    /**
     * Listens to every conversation's events on this node (for the agent workspace).
     *
     * @return the subscription; close it to stop listening
     */
    Subscription subscribeAll(Consumer<ConversationEvent> listener);

    /** An active subscription. */
    interface Subscription extends AutoCloseable {
        /** Stops the listener from receiving further events. */
        @Override
        void close();
    }
}
