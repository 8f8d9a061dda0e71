package org.kefu.dialogue.testing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.BotReply;

/**
 * What the bot did for one customer turn, as a driver saw it.
 *
 * @param replies the bot's replies
 * @param status the conversation status afterwards: {@code bot}, {@code queued}, {@code agent}, {@code closed}
 * @param handoffReason the reason of a handoff made in this turn, or null
 * @param slots the dialogue slots, or null when the driver cannot see them (e.g. over REST)
 */
public record TurnOutcome(List<BotReply> replies, String status, @Nullable String handoffReason,
        @Nullable Map<String, String> slots) {
    public TurnOutcome {
        replies = List.copyOf(replies);
        requireNonNull(status, "status");
        slots = slots == null ? null : Map.copyOf(slots);
    }

    /** The slots, when the driver can see them. */
    public Optional<Map<String, String>> visibleSlots() {
        return Optional.ofNullable(slots);
    }
}
