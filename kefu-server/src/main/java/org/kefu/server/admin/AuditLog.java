package org.kefu.server.admin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin audit log: every change made in the console with who, when, what and the state before and after.
 * Joins the caller's transaction, so a change and its entry are stored together or not at all.
 */
@Component
public final class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a change.
     *
     * @param actor the admin's username
     * @param action what was done, e.g. {@code faq.update}
     * @param bot the bot concerned, or null
     * @param target the changed thing's id, or null
     * @param before the state before, serialised as JSON (records, maps, lists), or null
     * @param after the state after, serialised as JSON, or null
     */
    public void record(String actor, String action, @Nullable String bot, @Nullable String target,
            @Nullable Object before, @Nullable Object after) {
        jdbc.sql("""
                insert into admin_audit (id, actor, action, bot, target, before_json, after_json, created_at)
                values (:id, :actor, :action, :bot, :target, :before, :after, :at)""")
                .param("id", UUID.randomUUID().toString())
                .param("actor", actor)
                .param("action", action)
                .param("bot", bot)
                .param("target", target)
                .param("before", json(before))
                .param("after", json(after))
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /**
     * The latest entries, newest first.
     *
     * @param action only entries whose action starts with this, or null for all
     * @param limit at most this many
     */
    public List<AuditEntry> latest(@Nullable String action, int limit) {
        return jdbc.sql("""
                select id, actor, action, bot, target, before_json, after_json, created_at from admin_audit
                where (cast(:action as varchar) is null or action like :prefix)
                order by created_at desc, id limit :limit""")
                .param("action", action)
                .param("prefix", action == null ? "%" : action + "%")
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> new AuditEntry(rs.getString("id"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("bot"), rs.getString("target"), rs.getString("before_json"),
                        rs.getString("after_json"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static @Nullable String json(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        return JSON.writeValueAsString(value);
    }
}
