package org.kefu.server.conversation;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The conversation table. */
final class ConversationStore {

    private static final String COLUMNS = """
            id, customer_id, bot, locale, status, assignee, assignee_name, team, handoff_reason, last_seq,
            customer_read_seq, created_at, updated_at""";

    private static final RowMapper<Conversation> ROW = (rs, n) -> new Conversation(
            rs.getString("id"),
            rs.getString("customer_id"),
            rs.getString("bot"),
            Locale.forLanguageTag(rs.getString("locale")),
            ConversationStatus.fromWire(rs.getString("status")),
            rs.getString("assignee"),
            rs.getString("assignee_name"),
            rs.getString("team"),
            rs.getString("handoff_reason"),
            rs.getLong("last_seq"),
            rs.getLong("customer_read_seq"),
            TimeColumns.read(rs, "created_at"),
            TimeColumns.read(rs, "updated_at"));

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Conversation c, String dialogueState) {
        jdbc.sql("""
                insert into conversation (id, customer_id, bot, locale, status, dialogue_state, last_seq,
                    customer_read_seq, created_at, updated_at)
                values (:id, :customerId, :bot, :locale, :status, :state, :lastSeq, 0, :createdAt, :updatedAt)""")
                .param("id", c.id())
                .param("customerId", c.customerId())
                .param("bot", c.bot())
                .param("locale", c.locale().toLanguageTag())
                .param("status", c.status().wireName())
                .param("state", dialogueState)
                .param("lastSeq", c.lastSeq())
                .param("createdAt", TimeColumns.param(c.createdAt()))
                .param("updatedAt", TimeColumns.param(c.updatedAt()))
                .update();
    }

    Optional<Conversation> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from conversation where id = :id")
                .param("id", id).query(ROW).optional();
    }

    /**
     * Reads the conversation and locks its row until the transaction ends: the database's guard for the
     * sequence number, should two nodes ever append at once.
     */
    Optional<Conversation> findForUpdate(String id) {
        return jdbc.sql("select " + COLUMNS + " from conversation where id = :id for update")
                .param("id", id).query(ROW).optional();
    }

    String dialogueState(String id) {
        return jdbc.sql("select dialogue_state from conversation where id = :id")
                .param("id", id).query(String.class).single();
    }

    void advance(String id, long lastSeq, ConversationStatus status, Instant now) {
        jdbc.sql("""
                update conversation set last_seq = :lastSeq, status = :status, updated_at = :now where id = :id""")
                .param("id", id).param("lastSeq", lastSeq).param("status", status.wireName())
                .param("now", TimeColumns.param(now))
                .update();
    }

    void saveBotTurn(String id, long lastSeq, String dialogueState, Instant now) {
        jdbc.sql("""
                update conversation set last_seq = :lastSeq, dialogue_state = :state, updated_at = :now
                where id = :id""")
                .param("id", id).param("lastSeq", lastSeq).param("state", dialogueState)
                .param("now", TimeColumns.param(now))
                .update();
    }

    void queue(String id, @Nullable String team, String reason, Instant now) {
        jdbc.sql("""
                update conversation set status = 'queued', team = :team, handoff_reason = :reason,
                    assignee = null, assignee_name = null, updated_at = :now
                where id = :id""")
                .param("id", id).param("team", team).param("reason", reason).param("now", TimeColumns.param(now))
                .update();
    }

    void changeStatus(String id, ConversationStatus status, @Nullable String assignee, @Nullable String assigneeName,
            Instant now) {
        jdbc.sql("""
                update conversation set status = :status, assignee = :assignee, assignee_name = :assigneeName,
                    updated_at = :now
                where id = :id""")
                .param("id", id).param("status", status.wireName()).param("assignee", assignee)
                .param("assigneeName", assigneeName).param("now", TimeColumns.param(now))
                .update();
    }

    void markRead(String id, long seq) {
        jdbc.sql("""
                update conversation set customer_read_seq = :seq
                where id = :id and customer_read_seq < :seq and last_seq >= :seq""")
                .param("id", id).param("seq", seq).update();
    }
}
