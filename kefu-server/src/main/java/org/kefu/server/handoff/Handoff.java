package org.kefu.server.handoff;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stretch of a conversation waiting for, then talking with, a human.
 *
 * @param id handoff id
 * @param conversationId the conversation
 * @param bot the conversation's bot
 * @param skill the skill it needs, e.g. {@code shop-orders}
 * @param teamId the team that owns the skill
 * @param reason why: the bot's handoff reason, or {@code transfer}
 * @param queuedAt when it started waiting
 * @param assignedAgentId the agent who has it, or null while waiting
 * @param assignedAt when the agent got it
 * @param timeoutOfferedAt when the customer was offered to leave a message after waiting too long
 * @param endedAt when it ended (closed, transferred, left a message), or null while open
 * @param outcome how it ended, or null while open
 */
public record Handoff(
        String id,
        String conversationId,
        String bot,
        String skill,
        String teamId,
        String reason,
        Instant queuedAt,
        @Nullable String assignedAgentId,
        @Nullable Instant assignedAt,
        @Nullable Instant timeoutOfferedAt,
        @Nullable Instant endedAt,
        @Nullable String outcome) {

    public Handoff {
        requireNonNull(id, "id");
        requireNonNull(conversationId, "conversationId");
        requireNonNull(skill, "skill");
        requireNonNull(teamId, "teamId");
        requireNonNull(queuedAt, "queuedAt");
    }

    /** True while nobody has it yet. */
    public boolean waiting() {
        return assignedAgentId == null && endedAt == null;
    }

    /** True while an agent has it. */
    public boolean active() {
        return assignedAgentId != null && endedAt == null;
    }

    /** How long the customer waited (so far, while waiting). */
    public Duration waited(Instant now) {
        Instant until = assignedAt != null ? assignedAt : endedAt != null ? endedAt : now;
        return Duration.between(queuedAt, until);
    }
}
