package org.kefu.server.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the conversation core.
 *
 * @param lockTimeout how long a message waits for its conversation's previous message to be handled before
 *     the client is told to retry
 * @param leaseTime with the {@code redis} profile: how long a node's Redis lease on a conversation lasts if the
 *     node dies while holding it
 * @param redisChannel with the {@code redis} profile: the pub/sub channel carrying conversation events
 * @param maxPageSize the most messages one read returns
 */
@ConfigurationProperties("kefu.conversation")
public record ConversationProperties(
        @DefaultValue("10s") Duration lockTimeout,
        @DefaultValue("30s") Duration leaseTime,
        @DefaultValue("kefu:conversation-events") String redisChannel,
        @DefaultValue("500") int maxPageSize) {

    public ConversationProperties {
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("kefu.conversation.max-page-size must be positive: " + maxPageSize);
        }
    }
}
