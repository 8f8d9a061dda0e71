package org.kefu.server.analytics;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bot_turn table. */
final class BotTurnStore {

    private final JdbcClient jdbc;

    BotTurnStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(BotTurnRecord r) {
        jdbc.sql("""
                insert into bot_turn (id, conversation_id, bot, seq, intent, confidence, source, latency_ms, outcome,
                    created_at)
                values (:id, :conversationId, :bot, :seq, :intent, :confidence, :source, :latencyMs, :outcome,
                    :createdAt)""")
                .param("id", UUID.randomUUID().toString())
                .param("conversationId", r.conversationId())
                .param("bot", r.bot())
                .param("seq", r.seq())
                .param("intent", r.intent())
                .param("confidence", r.confidence())
                .param("source", r.source())
                .param("latencyMs", r.latencyMs())
                .param("outcome", r.outcome().wireName())
                .param("createdAt", OffsetDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC))
                .update();
    }

    List<BotTurnRecord> forConversation(String conversationId) {
        return jdbc.sql("""
                select conversation_id, bot, seq, intent, confidence, source, latency_ms, outcome, created_at
                from bot_turn where conversation_id = :conversationId order by seq, created_at""")
                .param("conversationId", conversationId)
                .query((rs, n) -> new BotTurnRecord(
                        rs.getString("conversation_id"),
                        rs.getString("bot"),
                        rs.getLong("seq"),
                        rs.getString("intent"),
                        rs.getDouble("confidence"),
                        rs.getString("source"),
                        rs.getLong("latency_ms"),
                        BotTurnRecord.Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
