package org.kefu.server.analytics;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What happened in one bot turn.
 *
 * @param conversationId the conversation
 * @param bot the bot id
 * @param seq the customer message's sequence number
 * @param intent the intent or FAQ id answered, or null
 * @param confidence the understanding's confidence in it, 0 when none
 * @param source the answer source's wire name ({@code faq}, {@code flow}, … or {@code none} without reply)
 * @param latencyMs time spent understanding and deciding
 * @param outcome how the turn ended
 * @param createdAt when
 */
public record BotTurnRecord(String conversationId, String bot, long seq, @Nullable String intent, double confidence,
        String source, long latencyMs, Outcome outcome, Instant createdAt) {

    public BotTurnRecord {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(bot, "bot");
        requireNonNull(source, "source");
        requireNonNull(outcome, "outcome");
        requireNonNull(createdAt, "createdAt");
    }

    /** How a bot turn ended. */
    public enum Outcome {
        /** The bot answered (FAQ, flow, small talk, LLM). */
        ANSWERED,
        /** The bot said it did not know. */
        FALLBACK,
        /** The bot handed the conversation to a human. */
        HANDOFF,
        /** The bot failed; the customer got an apology. */
        ERROR;

        /** The lower-case name stored. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
