package org.kefu.server.channel;

import org.springframework.stereotype.Component;

/** The channels' rate limits; REST and WebSocket share the per-customer message limit. */
@Component
final class RateLimits {

    private final RateLimiter messages;
    private final RateLimiter conversations;
    private final RateLimiter frames;

    RateLimits(ChannelProperties properties) {
        this.messages = new RateLimiter(properties.messageRate());
        this.conversations = new RateLimiter(properties.conversationRate());
        this.frames = new RateLimiter(properties.frameRate());
    }

    void message(String customerId) {
        messages.acquire(customerId);
    }

    void newConversation(String clientAddress) {
        conversations.acquire(clientAddress);
    }

    void frame(String socketId) {
        frames.acquire(socketId);
    }

    void socketClosed(String socketId) {
        frames.forget(socketId);
    }
}
