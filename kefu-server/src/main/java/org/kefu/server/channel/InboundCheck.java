package org.kefu.server.channel;

import org.jspecify.annotations.Nullable;
import org.kefu.server.conversation.Inbound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Checks a customer message's size and shape, the same way for REST and WebSocket. */
@Component
final class InboundCheck {

    private final ChannelProperties limits;

    InboundCheck(ChannelProperties limits) {
        this.limits = limits;
    }

    /**
     * Builds the inbound message.
     *
     * @throws ChannelException {@code invalid_client_msg_id}, {@code empty_message}, {@code message_too_long} or
     *     {@code payload_too_long}
     */
    Inbound inbound(String conversationId, String customerId, @Nullable String clientMsgId, @Nullable String text,
            @Nullable String payload) {
        if (clientMsgId == null || clientMsgId.isBlank() || clientMsgId.length() > limits.maxClientMsgIdLength()) {
            throw new ChannelException(HttpStatus.BAD_REQUEST, "invalid_client_msg_id", limits.maxClientMsgIdLength());
        }
        boolean hasText = text != null && !text.isBlank();
        boolean hasPayload = payload != null && !payload.isBlank();
        if (!hasText && !hasPayload) {
            throw new ChannelException(HttpStatus.BAD_REQUEST, "empty_message");
        }
        if (hasText && text.codePointCount(0, text.length()) > limits.maxTextLength()) {
            throw new ChannelException(HttpStatus.CONTENT_TOO_LARGE, "message_too_long",
                    text.codePointCount(0, text.length()), limits.maxTextLength());
        }
        if (hasPayload && payload.length() > limits.maxPayloadLength()) {
            throw new ChannelException(HttpStatus.CONTENT_TOO_LARGE, "payload_too_long", limits.maxPayloadLength());
        }
        // A button press without a title is shown and understood by its payload.
        return new Inbound(conversationId, customerId, clientMsgId, hasText ? text.strip() : payload,
                hasPayload ? payload : null);
    }
}
