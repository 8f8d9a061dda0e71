package org.kefu.server.agent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agent accounts and their team memberships, in {@code agent_account} and {@code agent_team}. */
@Repository
class AgentStore {

    private static final String SELECT = """
            select id, username, display_name, role, capacity, status, status_changed_at, last_assigned_at
            from agent_account where enabled = true""";

    private final JdbcClient jdbc;

    AgentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Agent> findById(String id) {
        return one(jdbc.sql(SELECT + " and id = :id").param("id", id));
    }

    Optional<Agent> findByUsername(String username) {
        return one(jdbc.sql(SELECT + " and username = :username").param("username", username));
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from agent_account where username = :u and enabled = true")
                .param("u", username)
                .query(String.class)
                .optional();
    }

    List<Agent> all() {
        return many(jdbc.sql(SELECT + " order by username"));
    }

    /** Enabled agents of one team. */
    List<Agent> inTeam(String teamId) {
        return many(jdbc.sql(SELECT + " and id in (select agent_id from agent_team where team_id = :t) order by username")
                .param("t", teamId));
    }

    boolean anyWithRole(AgentRole role) {
        return jdbc.sql("select count(*) from agent_account where role = :r and enabled = true")
                        .param("r", role.name())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from agent_account where username = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(Agent agent, String passwordHash, Instant now) {
        jdbc.sql("""
                insert into agent_account (id, username, password_hash, display_name, role, capacity, status,
                                           status_changed_at, created_at)
                values (:id, :username, :hash, :name, :role, :capacity, :status, :now, :now)""")
                .param("id", agent.id())
                .param("username", agent.username())
                .param("hash", passwordHash)
                .param("name", agent.displayName())
                .param("role", agent.role().name())
                .param("capacity", agent.capacity())
                .param("status", agent.status().name())
                .param("now", utc(now))
                .update();
        for (String team : agent.teams()) {
            jdbc.sql("insert into agent_team (agent_id, team_id) values (:a, :t)")
                    .param("a", agent.id())
                    .param("t", team)
                    .update();
        }
    }

    void updatePasswordHash(String id, String hash) {
        jdbc.sql("update agent_account set password_hash = :h where id = :id")
                .param("h", hash)
                .param("id", id)
                .update();
    }

    void updateStatus(String id, AgentStatus status, Instant now) {
        jdbc.sql("update agent_account set status = :s, status_changed_at = :now where id = :id and status <> :s")
                .param("s", status.name())
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    void updateCapacity(String id, int capacity) {
        jdbc.sql("update agent_account set capacity = :c where id = :id")
                .param("c", capacity)
                .param("id", id)
                .update();
    }

    void markAssigned(String id, Instant now) {
        jdbc.sql("update agent_account set last_assigned_at = :now where id = :id")
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    private Optional<Agent> one(JdbcClient.StatementSpec spec) {
        List<Agent> found = many(spec);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private List<Agent> many(JdbcClient.StatementSpec spec) {
        List<Row> rows = spec.query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> teams = new HashMap<>();
        jdbc.sql("select agent_id, team_id from agent_team").query(rs -> {
            teams.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return rows.stream().map(r -> r.agent(teams.getOrDefault(r.id, Set.of()))).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getString("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                AgentRole.valueOf(rs.getString("role")),
                rs.getInt("capacity"),
                AgentStatus.valueOf(rs.getString("status")),
                java.util.Objects.requireNonNull(instant(rs, "status_changed_at")),
                instant(rs, "last_assigned_at"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private record Row(
            String id,
            String username,
            String displayName,
            AgentRole role,
            int capacity,
            AgentStatus status,
            Instant statusChangedAt,
            @Nullable Instant lastAssignedAt) {
        Agent agent(Set<String> teams) {
            return new Agent(id, username, displayName, role, capacity, status, statusChangedAt, lastAssignedAt, teams);
        }
    }
}
