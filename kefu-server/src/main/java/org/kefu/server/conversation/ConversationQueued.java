package org.kefu.server.conversation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Spring application event: the bot handed a conversation to humans and it now waits in the queue.
 * Published once, on the node that processed the turn, after the queued status is stored.
 *
 * @param conversationId the conversation
 * @param bot the bot that handed off
 * @param team the team (skill) asked for, or null for the bot's default
 * @param reason why ({@code requested}, {@code complaint}, …, see {@link org.kefu.dialogue.HandoffRequest})
 * @param withinServiceHours false when the customer was offered to leave a message instead
 */
public record ConversationQueued(String conversationId, String bot, @Nullable String team, String reason,
        boolean withinServiceHours) {
    public ConversationQueued {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(bot, "bot");
        requireNonNull(reason, "reason");
    }
}
