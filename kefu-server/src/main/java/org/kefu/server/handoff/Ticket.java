package org.kefu.server.handoff;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message a customer left when nobody could answer, for an agent of the team to follow up.
 *
 * @param id ticket id
 * @param conversationId the conversation it came from
 * @param teamId the team that should follow up
 * @param contactName how to address the customer, if given
 * @param contact phone number or e-mail to reply to
 * @param message what the customer wants
 * @param createdAt when it was left
 * @param handledBy the agent who dealt with it, or null while open
 * @param handledAt when it was dealt with
 */
public record Ticket(
        String id,
        String conversationId,
        String teamId,
        @Nullable String contactName,
        String contact,
        String message,
        Instant createdAt,
        @Nullable String handledBy,
        @Nullable Instant handledAt) {

    public Ticket {
        requireNonNull(id, "id");
        requireNonNull(conversationId, "conversationId");
        requireNonNull(teamId, "teamId");
        requireNonNull(contact, "contact");
        requireNonNull(message, "message");
        requireNonNull(createdAt, "createdAt");
    }

    /** True until an agent marks it handled. */
    public boolean open() {
        return handledAt == null;
    }
}
