package org.kefu.server.training;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The inbox_resolution table: what admins did with inbox questions. */
final class AnnotationStore {

    private final JdbcClient jdbc;

    AnnotationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or replaces) what was done with a customer message. */
    void resolve(String conversationId, long seq, String bot, String question, String action, @Nullable String label,
            String actor, Instant now) {
        jdbc.sql("delete from inbox_resolution where conversation_id = :c and seq = :s")
                .param("c", conversationId).param("s", seq).update();
        jdbc.sql("""
                insert into inbox_resolution (conversation_id, seq, bot, question, action, label, created_by, created_at)
                values (:c, :s, :bot, :q, :action, :label, :actor, :now)""")
                .param("c", conversationId).param("s", seq).param("bot", bot)
                .param("q", question.length() > 4000 ? question.substring(0, 4000) : question)
                .param("action", action).param("label", label).param("actor", actor)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    /** The annotated real questions of a bot (assigned or turned into a FAQ), with their labels. */
    Set<LabeledQuestion> annotated(String bot) {
        return new LinkedHashSet<>(jdbc.sql("""
                select question, label from inbox_resolution
                where bot = :bot and action in ('assigned', 'created') and label is not null order by created_at""")
                .param("bot", bot)
                .query((rs, n) -> new LabeledQuestion(rs.getString("question").strip(), rs.getString("label"), true))
                .list());
    }
}
