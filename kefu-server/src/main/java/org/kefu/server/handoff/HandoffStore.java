package org.kefu.server.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Handoff rows in {@code handoff}. Assignment is a conditional update, so two claims cannot both win. */
@Repository
class HandoffStore {

    private static final String SELECT = """
            select id, conversation_id, bot, skill, team_id, reason, queued_at, assigned_agent_id, assigned_at,
                   timeout_offered_at, ended_at, outcome
            from handoff""";

    private final JdbcClient jdbc;

    HandoffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Handoff h) {
        jdbc.sql("""
                insert into handoff (id, conversation_id, bot, skill, team_id, reason, queued_at, assigned_agent_id,
                                     assigned_at)
                values (:id, :conversation, :bot, :skill, :team, :reason, :queuedAt, :agent, :assignedAt)""")
                .param("id", h.id())
                .param("conversation", h.conversationId())
                .param("bot", h.bot())
                .param("skill", h.skill())
                .param("team", h.teamId())
                .param("reason", h.reason())
                .param("queuedAt", utc(h.queuedAt()))
                .param("agent", h.assignedAgentId())
                .param("assignedAt", h.assignedAt() == null ? null : utc(h.assignedAt()))
                .update();
    }

    /** The conversation's open handoff (waiting or with an agent). */
    Optional<Handoff> openFor(String conversationId) {
        return jdbc.sql(SELECT + " where conversation_id = :c and ended_at is null")
                .param("c", conversationId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Every handoff of a conversation, oldest first. */
    List<Handoff> history(String conversationId) {
        return jdbc.sql(SELECT + " where conversation_id = :c order by ordinal")
                .param("c", conversationId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Waiting handoffs of one team, first come first. */
    List<Handoff> waiting(String teamId) {
        return jdbc.sql(SELECT + " where team_id = :t and assigned_agent_id is null and ended_at is null order by ordinal")
                .param("t", teamId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Every waiting handoff, first come first. */
    List<Handoff> waitingAll() {
        return jdbc.sql(SELECT + " where assigned_agent_id is null and ended_at is null order by ordinal")
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Handoffs an agent has now. */
    List<Handoff> activeFor(String agentId) {
        return jdbc.sql(SELECT + " where assigned_agent_id = :a and ended_at is null order by assigned_at")
                .param("a", agentId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Handoffs with an agent now, by team (all teams when {@code teamId} is null). */
    List<Handoff> active(@Nullable String teamId) {
        return jdbc.sql(SELECT + " where assigned_agent_id is not null and ended_at is null"
                        + (teamId == null ? "" : " and team_id = :t") + " order by assigned_at")
                .paramSource(teamId == null ? Map.of() : Map.of("t", teamId))
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Open conversations per agent id. */
    Map<String, Integer> load() {
        Map<String, Integer> load = new HashMap<>();
        jdbc.sql("select assigned_agent_id, count(*) from handoff where assigned_agent_id is not null and ended_at is null group by assigned_agent_id")
                .query(rs -> {
                    load.put(rs.getString(1), rs.getInt(2));
                });
        return load;
    }

    /** Gives a waiting handoff to an agent; false when someone else got it first or it ended. */
    boolean assign(String handoffId, String agentId, Instant now) {
        return jdbc.sql("""
                update handoff set assigned_agent_id = :a, assigned_at = :now
                where id = :id and assigned_agent_id is null and ended_at is null""")
                        .param("a", agentId)
                        .param("now", utc(now))
                        .param("id", handoffId)
                        .update()
                == 1;
    }

    /** Ends an open handoff; false when it had already ended. */
    boolean end(String handoffId, String outcome, Instant now) {
        return jdbc.sql("update handoff set ended_at = :now, outcome = :o where id = :id and ended_at is null")
                        .param("now", utc(now))
                        .param("o", outcome)
                        .param("id", handoffId)
                        .update()
                == 1;
    }

    void markTimeoutOffered(String handoffId, Instant now) {
        jdbc.sql("update handoff set timeout_offered_at = :now where id = :id")
                .param("now", utc(now))
                .param("id", handoffId)
                .update();
    }

    private static Handoff row(ResultSet rs) throws SQLException {
        return new Handoff(
                rs.getString("id"),
                rs.getString("conversation_id"),
                rs.getString("bot"),
                rs.getString("skill"),
                rs.getString("team_id"),
                rs.getString("reason"),
                java.util.Objects.requireNonNull(instant(rs, "queued_at")),
                rs.getString("assigned_agent_id"),
                instant(rs, "assigned_at"),
                instant(rs, "timeout_offered_at"),
                instant(rs, "ended_at"),
                rs.getString("outcome"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
