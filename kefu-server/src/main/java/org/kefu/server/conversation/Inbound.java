package org.kefu.server.conversation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A customer message as a channel hands it on, already checked for size and shape and with the customer
 * identified.
 *
 * @param conversationId the conversation it is for
 * @param customerId the authenticated customer who sent it
 * @param clientMsgId the client's id for it, which makes sending it again harmless
 * @param text the text, or the pressed button's title
 * @param payload the pressed button's payload, or null for typed text
 */
public record Inbound(String conversationId, String customerId, String clientMsgId, String text, @Nullable String payload) {
    public Inbound {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(customerId, "customerId");
        requireNonNull(clientMsgId, "clientMsgId");
        requireNonNull(text, "text");
        if (clientMsgId.isBlank()) {
            throw new IllegalArgumentException("clientMsgId must not be blank");
        }
    }
}
