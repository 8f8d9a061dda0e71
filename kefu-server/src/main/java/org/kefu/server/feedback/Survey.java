package org.kefu.server.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer's rating of a conversation.
 *
 * @param conversationId the conversation
 * @param agentId the agent who served it last, if any
 * @param stars 1 to 5
 * @param comment optional free text
 * @param createdAt when it was given
 */
public record Survey(String conversationId, @Nullable String agentId, int stars, @Nullable String comment, Instant createdAt) {}
