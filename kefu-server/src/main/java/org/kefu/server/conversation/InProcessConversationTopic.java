package org.kefu.server.conversation;

import java.util.function.Consumer;

/** The topic of a single node: events go straight to this node's listeners. */
final class InProcessConversationTopic implements ConversationTopic {

    private final LocalDispatcher dispatcher = new LocalDispatcher();

    @Override
    public void publish(ConversationEvent event) {
        dispatcher.dispatch(event);
    }

    @Override
    public Subscription subscribe(String conversationId, Consumer<ConversationEvent> listener) {
        return dispatcher.subscribe(conversationId, listener);
    }

    @Override
    public Subscription subscribeAll(Consumer<ConversationEvent> listener) {
        return dispatcher.subscribeAll(listener);
    }
}
