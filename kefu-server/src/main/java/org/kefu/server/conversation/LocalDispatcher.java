package org.kefu.server.conversation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands events to this node's listeners; shared by the in-process and the Redis topic. */
final class LocalDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(LocalDispatcher.class);

    private final Map<String, List<Consumer<ConversationEvent>>> byConversation = new ConcurrentHashMap<>();
    private final List<Consumer<ConversationEvent>> all = new CopyOnWriteArrayList<>();

    void dispatch(ConversationEvent event) {
        List<Consumer<ConversationEvent>> listeners = byConversation.getOrDefault(event.conversationId(), List.of());
        for (Consumer<ConversationEvent> listener : listeners) {
            deliver(listener, event);
        }
        for (Consumer<ConversationEvent> listener : all) {
            deliver(listener, event);
        }
    }

    // One failing listener (a socket that just died) must not keep the event from the others.
    private static void deliver(Consumer<ConversationEvent> listener, ConversationEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("Listener of conversation {} failed on {}", event.conversationId(),
                    event.getClass().getSimpleName(), e);
        }
    }

    ConversationTopic.Subscription subscribe(String conversationId, Consumer<ConversationEvent> listener) {
        byConversation.computeIfAbsent(conversationId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byConversation.computeIfPresent(conversationId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    ConversationTopic.Subscription subscribeAll(Consumer<ConversationEvent> listener) {
        all.add(listener);
        return () -> all.remove(listener);
    }
}
