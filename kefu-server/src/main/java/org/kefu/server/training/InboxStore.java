package org.kefu.server.training;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what the inbox is made of: customer messages with their bot turns, bad ratings and agent answers. */
final class InboxStore {

    private final JdbcClient jdbc;

    InboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A customer or agent message of a bot's conversation, with the bot turn that answered it (if any).
     *
     * @param conversationId the conversation
     * @param seq the message's sequence number
     * @param sender {@code customer} or {@code agent}
     * @param text the text
     * @param button whether it is a button press rather than typed text
     * @param outcome the bot turn's outcome, or null
     * @param confidence the bot turn's confidence
     * @param at when it was sent
     * @param resolved whether an admin already handled it in the inbox
     */
    record Row(String conversationId, long seq, String sender, String text, boolean button, @Nullable String outcome,
            double confidence, Instant at, boolean resolved) {}

    /** The latest customer and agent messages of the bot's conversations since a time, in conversation order. */
    List<Row> messages(String bot, Instant since, int limit) {
        return jdbc.sql("""
                select m.conversation_id, m.seq, m.sender, m.text, m.payload, t.outcome, t.confidence, m.created_at,
                    r.action
                from message m
                join conversation c on c.id = m.conversation_id
                left join bot_turn t on t.conversation_id = m.conversation_id and t.seq = m.seq
                left join inbox_resolution r on r.conversation_id = m.conversation_id and r.seq = m.seq
                where c.bot = :bot and m.created_at >= :since and m.sender in ('customer', 'agent')
                order by m.created_at desc, m.conversation_id, m.seq desc
                limit :limit""")
                .param("bot", bot).param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC)).param("limit", limit)
                .query((rs, n) -> new Row(rs.getString("conversation_id"), rs.getLong("seq"), rs.getString("sender"),
                        rs.getString("text"), rs.getString("payload") != null, rs.getString("outcome"),
                        rs.getDouble("confidence"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getString("action") != null))
                .list();
    }

    /**
     * A bot answer the customer rated not helpful.
     *
     * @param conversationId the conversation
     * @param questionSeq the customer message the rated answer replied to
     */
    record BadRating(String conversationId, long questionSeq) {}

    List<BadRating> badRatings(String bot, Instant since) {
        return jdbc.sql("""
                select a.conversation_id, m.reply_to_seq from answer_rating a
                join message m on m.conversation_id = a.conversation_id and m.seq = a.seq
                join conversation c on c.id = a.conversation_id
                where c.bot = :bot and a.helpful = false and a.created_at >= :since and m.reply_to_seq is not null""")
                .param("bot", bot).param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query((rs, n) -> new BadRating(rs.getString(1), rs.getLong(2))).list();
    }

    /** A customer message of the bot's conversations, for annotating it. */
    Optional<String> customerText(String bot, String conversationId, long seq) {
        return jdbc.sql("""
                select m.text from message m join conversation c on c.id = m.conversation_id
                where c.bot = :bot and m.conversation_id = :c and m.seq = :s and m.sender = 'customer'""")
                .param("bot", bot).param("c", conversationId).param("s", seq).query(String.class).optional();
    }
}
