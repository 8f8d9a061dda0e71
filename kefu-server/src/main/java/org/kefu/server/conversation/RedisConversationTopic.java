package org.kefu.server.conversation;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The topic across nodes: every event goes through one Redis pub/sub channel and each node, this one
 * included, hands what it receives to its own listeners. Redis delivers a publisher's messages in order,
 * so one conversation's events (all published under its lock) arrive in order everywhere.
 */
final class RedisConversationTopic implements ConversationTopic, MessageListener {

    private static final Logger LOG = LoggerFactory.getLogger(RedisConversationTopic.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final String channel;
    private final LocalDispatcher dispatcher = new LocalDispatcher();

    RedisConversationTopic(StringRedisTemplate redis, JsonMapper json, String channel) {
        this.redis = redis;
        this.json = json;
        this.channel = channel;
    }

    /**
     * A listener container delivering this topic's events one after another on its subscription thread: the
     * default container hands each message to a new thread, which would reorder a conversation's events.
     */
    RedisMessageListenerContainer listenerContainer(RedisConnectionFactory connections) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setTaskExecutor(new SyncTaskExecutor());
        container.addMessageListener(this, new ChannelTopic(channel));
        return container;
    }

    @Override
    public void publish(ConversationEvent event) {
        redis.convertAndSend(channel, json.writeValueAsString(event));
    }

    @Override
    public void onMessage(org.springframework.data.redis.connection.Message message, byte[] pattern) {
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        ConversationEvent event;
        try {
            event = json.readValue(body, ConversationEvent.class);
        } catch (RuntimeException e) {
            LOG.warn("Ignoring an unreadable event on Redis channel {}", channel, e);
            return;
        }
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
