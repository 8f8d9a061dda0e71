package org.kefu.server.agent.workspace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Internal notes in {@code internal_note}; kept apart from the message log so they can never reach a customer. */
@Repository
class InternalNoteStore {

    private final JdbcClient jdbc;

    InternalNoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String conversationId, String agentId, String text, Instant now) {
        jdbc.sql("""
                insert into internal_note (id, conversation_id, agent_id, text, created_at)
                values (:id, :c, :a, :t, :now)""")
                .param("id", UUID.randomUUID().toString())
                .param("c", conversationId)
                .param("a", agentId)
                .param("t", text)
                .param("now", now.atOffset(java.time.ZoneOffset.UTC))
                .update();
    }

    List<InternalNote> of(String conversationId) {
        return jdbc.sql("""
                select n.id, n.conversation_id, a.display_name, n.text, n.created_at
                from internal_note n join agent_account a on a.id = n.agent_id
                where n.conversation_id = :c order by n.created_at, n.id""")
                .param("c", conversationId)
                .query((rs, i) -> new InternalNote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}
