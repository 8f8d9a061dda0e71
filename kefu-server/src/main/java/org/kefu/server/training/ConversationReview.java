package org.kefu.server.training;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kefu.server.admin.AdminException;
import org.kefu.server.knowledge.KnowledgeService;

/**
 * Conversation review: find conversations by bot, outcome and text, and read them with what the bot understood
 * at each turn.
 */
public final class ConversationReview {

    /** Outcomes the review filters by. */
    public static final List<String> OUTCOMES = List.of("resolved", "handoff", "fallback", "bad_rating");
    private static final int LIMIT = 100;

    private final ReviewStore store;
    private final KnowledgeService knowledge;

    ConversationReview(ReviewStore store, KnowledgeService knowledge) {
        this.store = store;
        this.knowledge = knowledge;
    }

    /**
     * A conversation in the review list.
     *
     * @param id the conversation id
     * @param bot the bot
     * @param status {@code bot}, {@code queued}, {@code agent} or {@code closed}
     * @param locale the conversation's locale
     * @param createdAt when it started
     * @param updatedAt when it last changed
     * @param messages number of messages
     * @param fallbacks turns the bot did not understand
     * @param handoffs handoffs to a person
     * @param badRatings thumbs-down and low survey scores
     * @param firstQuestion the customer's first message
     */
    public record Summary(String id, String bot, String status, String locale, Instant createdAt, Instant updatedAt,
            int messages, int fallbacks, int handoffs, int badRatings, @Nullable String firstQuestion) {

        /** {@code resolved} when the bot handled it without fallback, handoff or bad rating. */
        @JsonProperty("outcome")
        public String outcome() {
            if (handoffs > 0) {
                return "handoff";
            }
            if (badRatings > 0) {
                return "bad_rating";
            }
            return fallbacks > 0 ? "fallback" : "resolved";
        }
    }

    /**
     * A message with what the bot understood of it (customer messages it answered) or how it answered.
     *
     * @param seq the sequence number
     * @param sender {@code customer}, {@code bot}, {@code agent} or {@code system}
     * @param senderName the agent's name, if any
     * @param text the text
     * @param payload the button payload, if it was a button press
     * @param at when
     * @param intent the intent or FAQ the bot took it for (customer messages)
     * @param confidence the bot's confidence in it
     * @param source how the bot answered: {@code faq}, {@code flow}, {@code fallback}…
     * @param outcome the bot turn's outcome
     * @param helpful the customer's rating of a bot answer, if any
     */
    public record Turn(long seq, String sender, @Nullable String senderName, String text, @Nullable String payload,
            Instant at, @Nullable String intent, @Nullable Double confidence, @Nullable String source,
            @Nullable String outcome, @Nullable Boolean helpful) {}

    /**
     * A conversation with its turns.
     *
     * @param summary the conversation
     * @param turns every message in order
     */
    public record Detail(Summary summary, List<Turn> turns) {}

    /** The latest conversations matching the filters (each may be null or blank). */
    public List<Summary> search(@Nullable String bot, @Nullable String outcome, @Nullable String text) {
        if (bot != null && !bot.isBlank()) {
            knowledge.requireBot(bot);
        }
        if (outcome != null && !outcome.isBlank() && !OUTCOMES.contains(outcome)) {
            throw AdminException.badRequest("bad_outcome", outcome);
        }
        return store.search(bot == null || bot.isBlank() ? null : bot, outcome, text, LIMIT);
    }

    /** One conversation with its turns. */
    public Detail conversation(String id) {
        Summary summary = store.summary(id).orElseThrow(() -> AdminException.notFound("unknown_conversation", id));
        return new Detail(summary, store.turns(id));
    }
}
