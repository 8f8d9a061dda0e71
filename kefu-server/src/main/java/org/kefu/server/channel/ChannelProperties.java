package org.kefu.server.channel;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the chat channels.
 *
 * @param maxTextLength the longest message text accepted, in characters (code points)
 * @param maxPayloadLength the longest quick-reply payload accepted
 * @param maxClientMsgIdLength the longest client message id accepted
 * @param maxFrameBytes the largest WebSocket frame accepted; a bigger one closes the socket (1009)
 * @param messageRate customer messages per customer, over REST and WebSocket together (default burst 20,
 *     60 per minute)
 * @param conversationRate conversations opened per client IP address (default burst 10, 30 per minute)
 * @param frameRate WebSocket frames of any type per socket (default burst 60, 600 per minute)
 * @param sendTimeout how long a slow socket may take to accept a frame before it is closed
 */
@ConfigurationProperties("kefu.channel")
public record ChannelProperties(
        @DefaultValue("4000") int maxTextLength,
        @DefaultValue("1000") int maxPayloadLength,
        @DefaultValue("100") int maxClientMsgIdLength,
        @DefaultValue("65536") int maxFrameBytes,
        @Nullable Rate messageRate,
        @Nullable Rate conversationRate,
        @Nullable Rate frameRate,
        @DefaultValue("10s") Duration sendTimeout) {

    public ChannelProperties {
        messageRate = messageRate != null ? messageRate : new Rate(20, 60);
        conversationRate = conversationRate != null ? conversationRate : new Rate(10, 30);
        frameRate = frameRate != null ? frameRate : new Rate(60, 600);
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("kefu.channel.max-text-length must be positive: " + maxTextLength);
        }
    }

    /**
     * A token-bucket rate limit.
     *
     * @param burst how many may come at once
     * @param perMinute how many per minute in the long run
     */
    public record Rate(int burst, int perMinute) {
        public Rate {
            if (burst < 1 || perMinute < 1) {
                throw new IllegalArgumentException("rate limits must be positive: burst=" + burst
                        + ", perMinute=" + perMinute);
            }
        }
    }
}
