package org.kefu.server.training;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads conversations for review: summaries with their outcome counts, and every turn with what the bot understood. */
final class ReviewStore {

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ConversationReview.Summary> search(@Nullable String bot, @Nullable String outcome, @Nullable String text,
            int limit) {
        return select(null, bot, outcome, text, limit);
    }

    Optional<ConversationReview.Summary> summary(String id) {
        return select(id, null, null, null, 1).stream().findFirst();
    }

    private List<ConversationReview.Summary> select(@Nullable String id, @Nullable String bot, @Nullable String outcome,
            @Nullable String text, int limit) {
        String filter = switch (outcome == null ? "" : outcome) {
            case "resolved" -> "x.fallbacks = 0 and x.handoffs = 0 and x.bad = 0 and x.turns > 0";
            case "handoff" -> "x.handoffs > 0";
            case "fallback" -> "x.fallbacks > 0";
            case "bad_rating" -> "x.bad > 0";
            default -> "1 = 1";
        };
        return jdbc.sql("""
                select * from (
                    select c.id, c.bot, c.status, c.locale, c.created_at, c.updated_at,
                        (select count(*) from message m where m.conversation_id = c.id) as messages,
                        (select count(*) from bot_turn t where t.conversation_id = c.id) as turns,
                        (select count(*) from bot_turn t where t.conversation_id = c.id and t.outcome = 'fallback')
                            as fallbacks,
                        (select count(*) from bot_turn t where t.conversation_id = c.id and t.outcome = 'handoff')
                            + case when c.handoff_reason is null then 0 else 1 end as handoffs,
                        (select count(*) from answer_rating a where a.conversation_id = c.id and a.helpful = false)
                            + (select count(*) from conversation_survey s where s.conversation_id = c.id and s.stars <= 2)
                            as bad,
                        (select m.text from message m where m.conversation_id = c.id and m.sender = 'customer'
                            order by m.seq limit 1) as first_question
                    from conversation c
                    where (cast(:id as varchar) is null or c.id = :id)
                      and (cast(:bot as varchar) is null or c.bot = :bot)
                      and (cast(:like as varchar) is null or exists (select 1 from message m
                          where m.conversation_id = c.id and lower(m.text) like :like))
                ) x
                where %s
                order by x.updated_at desc, x.id limit :limit""".formatted(filter))
                .param("id", id)
                .param("bot", bot)
                .param("like", text == null || text.isBlank() ? null
                        : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%")
                .param("limit", limit)
                .query((rs, n) -> new ConversationReview.Summary(rs.getString("id"), rs.getString("bot"),
                        rs.getString("status"), rs.getString("locale"), time(rs.getObject("created_at", OffsetDateTime.class)),
                        time(rs.getObject("updated_at", OffsetDateTime.class)), rs.getInt("messages"),
                        rs.getInt("fallbacks"), rs.getInt("handoffs"), rs.getInt("bad"),
                        rs.getString("first_question")))
                .list();
    }

    List<ConversationReview.Turn> turns(String conversationId) {
        return jdbc.sql("""
                select m.seq, m.sender, m.sender_name, m.text, m.payload, m.created_at, t.intent, t.confidence,
                    t.source, t.outcome, a.helpful
                from message m
                left join bot_turn t on t.conversation_id = m.conversation_id and t.seq = m.seq
                left join answer_rating a on a.conversation_id = m.conversation_id and a.seq = m.seq
                where m.conversation_id = :c order by m.seq""")
                .param("c", conversationId)
                .query((rs, n) -> new ConversationReview.Turn(rs.getLong("seq"), rs.getString("sender"),
                        rs.getString("sender_name"), rs.getString("text"), rs.getString("payload"),
                        time(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("intent"),
                        rs.getString("outcome") == null ? null : rs.getDouble("confidence"), rs.getString("source"),
                        rs.getString("outcome"), (Boolean) rs.getObject("helpful")))
                .list();
    }

    private static Instant time(OffsetDateTime t) {
        return t.toInstant();
    }
}
