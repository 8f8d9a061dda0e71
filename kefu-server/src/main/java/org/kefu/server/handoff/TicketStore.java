package org.kefu.server.handoff;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leave-a-message tickets in {@code leave_message_ticket}. */
@Repository
class TicketStore {

    private static final String SELECT = """
            select id, conversation_id, team_id, contact_name, contact, message, created_at, handled_by, handled_at
            from leave_message_ticket""";

    private final JdbcClient jdbc;

    TicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Ticket t) {
        insert(t, null);
    }

    /**
     * Stores a ticket; with a {@code sourceSeq}, only once per conversation message.
     *
     * @return false when a ticket for that message already exists
     */
    boolean insert(Ticket t, @Nullable Long sourceSeq) {
        if (sourceSeq != null && jdbc.sql("select count(*) from leave_message_ticket where conversation_id = :c and source_seq = :s")
                .param("c", t.conversationId())
                .param("s", sourceSeq)
                .query(Integer.class)
                .single() > 0) {
            return false;
        }
        return jdbc.sql("""
                insert into leave_message_ticket (id, conversation_id, team_id, contact_name, contact, message, created_at,
                                                  source_seq)
                values (:id, :conversation, :team, :name, :contact, :message, :createdAt, :seq)""")
                .param("id", t.id())
                .param("conversation", t.conversationId())
                .param("team", t.teamId())
                .param("name", t.contactName())
                .param("contact", t.contact())
                .param("message", t.message())
                .param("createdAt", HandoffStore.utc(t.createdAt()))
                .param("seq", sourceSeq)
                .update() == 1;
    }

    Optional<Ticket> find(String id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(TicketStore::row).optional();
    }

    /** Open tickets of the given teams, oldest first. */
    List<Ticket> open(Collection<String> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where handled_at is null and team_id in (:teams) order by created_at")
                .param("teams", List.copyOf(teamIds))
                .query(TicketStore::row)
                .list();
    }

    boolean markHandled(String id, String agentId, Instant now) {
        return jdbc.sql("update leave_message_ticket set handled_by = :a, handled_at = :now where id = :id and handled_at is null")
                        .param("a", agentId)
                        .param("now", HandoffStore.utc(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Ticket row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Ticket(
                rs.getString("id"),
                rs.getString("conversation_id"),
                rs.getString("team_id"),
                rs.getString("contact_name"),
                rs.getString("contact"),
                rs.getString("message"),
                java.util.Objects.requireNonNull(HandoffStore.instant(rs, "created_at")),
                rs.getString("handled_by"),
                HandoffStore.instant(rs, "handled_at"));
    }
}
