package org.kefu.server.conversation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened in a conversation, delivered through the {@link ConversationTopic} to every
 * node and every listener of that conversation (the customer's sockets, the agent's workspace).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ConversationEvent.MessageStored.class, name = "message"),
    @JsonSubTypes.Type(value = ConversationEvent.StatusChanged.class, name = "status"),
    @JsonSubTypes.Type(value = ConversationEvent.Typing.class, name = "typing"),
    @JsonSubTypes.Type(value = ConversationEvent.Read.class, name = "read"),
    @JsonSubTypes.Type(value = ConversationEvent.SurveyRequested.class, name = "survey")
})
public sealed interface ConversationEvent {

    /** The conversation it happened in. */
    String conversationId();

    /**
     * A message was stored (customer, bot, agent or system).
     *
     * @param message the stored message
     */
    record MessageStored(Message message) implements ConversationEvent {
        public MessageStored {
            requireNonNull(message, "message");
        }

        @Override
        public String conversationId() {
            return message.conversationId();
        }
    }

    /**
     * The conversation's status changed, or its place in the queue did.
     *
     * @param conversationId the conversation
     * @param status the new status
     * @param queuePosition 1-based place in the queue while {@code queued}, if known; else null
     * @param agentName the agent's display name while {@code agent}; else null
     */
    record StatusChanged(String conversationId, ConversationStatus status, @Nullable Integer queuePosition,
            @Nullable String agentName) implements ConversationEvent {
        public StatusChanged {
            requireNonNull(conversationId, "conversationId");
            requireNonNull(status, "status");
        }
    }

    /**
     * Someone is typing.
     *
     * @param conversationId the conversation
     * @param from {@link Sender#CUSTOMER} or {@link Sender#AGENT}
     */
    record Typing(String conversationId, Sender from) implements ConversationEvent {
        public Typing {
            requireNonNull(conversationId, "conversationId");
            requireNonNull(from, "from");
        }
    }

    /**
     * The customer has read everything up to a sequence number.
     *
     * @param conversationId the conversation
     * @param seq the newest message read
     */
    record Read(String conversationId, long seq) implements ConversationEvent {
        public Read {
            requireNonNull(conversationId, "conversationId");
        }
    }

    /**
     * An agent closed the conversation and the customer is asked to rate it.
     *
     * @param conversationId the conversation
     */
    record SurveyRequested(String conversationId) implements ConversationEvent {
        public SurveyRequested {
            requireNonNull(conversationId, "conversationId");
        }
    }
}
