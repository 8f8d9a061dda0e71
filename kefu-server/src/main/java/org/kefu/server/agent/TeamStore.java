package org.kefu.server.agent;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams and their skills, in {@code team} and {@code team_skill}. */
@Repository
class TeamStore {

    private final JdbcClient jdbc;

    TeamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Team> all() {
        Map<String, Set<String>> skills = new HashMap<>();
        jdbc.sql("select team_id, skill from team_skill").query(rs -> {
            skills.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return jdbc.sql("select id, name_zh, name_en from team order by id")
                .query((rs, n) -> new Team(rs.getString(1), rs.getString(2), rs.getString(3),
                        skills.getOrDefault(rs.getString(1), Set.of())))
                .list();
    }

    Optional<Team> find(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    Optional<String> teamOfSkill(String skill) {
        return jdbc.sql("select team_id from team_skill where skill = :s")
                .param("s", skill)
                .query(String.class)
                .optional();
    }

    void insert(Team team, Instant now) {
        jdbc.sql("insert into team (id, name_zh, name_en, created_at) values (:id, :zh, :en, :now)")
                .param("id", team.id())
                .param("zh", team.nameZh())
                .param("en", team.nameEn())
                .param("now", AgentStore.utc(now))
                .update();
        team.skills().forEach(skill -> addSkill(team.id(), skill));
    }

    void addSkill(String teamId, String skill) {
        jdbc.sql("insert into team_skill (team_id, skill) values (:t, :s)")
                .param("t", teamId)
                .param("s", skill)
                .update();
    }
}
