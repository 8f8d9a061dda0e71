package org.kefu.dialogue;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The bot's decision that a human should take over.
 *
 * @param reason why: {@code "requested"}, {@code "complaint"}, {@code "anger"}, {@code "fraud"},
 *     {@code "not_understood"}, {@code "connector_failure"}, {@code "verification_locked"}
 * @param team the team (skill) that should pick it up, e.g. {@code "shop-orders"}, or null for the bot's default
 * @param withinServiceHours false when no human works now and the customer was offered to leave a message
 */
public record HandoffRequest(String reason, @Nullable String team, boolean withinServiceHours) {
    public HandoffRequest {
        requireNonNull(reason, "reason");
    }
}
