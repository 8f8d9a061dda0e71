package org.kefu.server.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as stored.
 *
 * @param id conversation id
 * @param customerId the customer it belongs to
 * @param bot the bot id ({@code shop}, {@code bank}…)
 * @param locale {@code zh-CN} or {@code en}
 * @param status who it is with
 * @param assignee the agent id while {@link ConversationStatus#AGENT}, else null
 * @param assigneeName the agent's display name, else null
 * @param team the team (skill) a handoff asked for, else null
 * @param handoffReason why the bot handed off, else null
 * @param lastSeq the sequence number of the newest message, 0 when empty
 * @param customerReadSeq the newest sequence number the customer reported as read
 * @param createdAt when it was opened
 * @param updatedAt when it last changed
 */
public record Conversation(
        String id,
        String customerId,
        String bot,
        Locale locale,
        ConversationStatus status,
        @Nullable String assignee,
        @Nullable String assigneeName,
        @Nullable String team,
        @Nullable String handoffReason,
        long lastSeq,
        long customerReadSeq,
        Instant createdAt,
        Instant updatedAt) {

    public Conversation {
        requireNonNull(id, "id");
        requireNonNull(customerId, "customerId");
        requireNonNull(bot, "bot");
        requireNonNull(locale, "locale");
        requireNonNull(status, "status");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(updatedAt, "updatedAt");
    }

    /** True when the customer with this id may see this conversation. */
    public boolean belongsTo(String customer) {
        return customerId.equals(customer);
    }
}
