package org.kefu.server.feedback;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Surveys in {@code conversation_survey} and answer ratings in {@code answer_rating}. */
@Repository
class FeedbackStore {

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addSurvey(String conversationId, @Nullable String agentId, int stars, @Nullable String comment, Instant now) {
        jdbc.sql("""
                insert into conversation_survey (id, conversation_id, agent_id, stars, comment, created_at)
                values (:id, :c, :a, :s, :comment, :now)""")
                .param("id", UUID.randomUUID().toString())
                .param("c", conversationId)
                .param("a", agentId)
                .param("s", stars)
                .param("comment", comment)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The newest survey of a conversation. */
    Optional<Survey> latestSurvey(String conversationId) {
        return jdbc.sql("""
                select conversation_id, agent_id, stars, comment, created_at from conversation_survey
                where conversation_id = :c order by created_at desc limit 1""")
                .param("c", conversationId)
                .query((rs, n) -> new Survey(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, java.time.OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Records or replaces the customer's vote on one bot answer. */
    void rate(String conversationId, long seq, boolean helpful, Instant now) {
        int updated = jdbc.sql("update answer_rating set helpful = :h, created_at = :now where conversation_id = :c and seq = :s")
                .param("h", helpful)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("c", conversationId)
                .param("s", seq)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into answer_rating (conversation_id, seq, helpful, created_at) values (:c, :s, :h, :now)")
                    .param("c", conversationId)
                    .param("s", seq)
                    .param("h", helpful)
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    Optional<Boolean> rating(String conversationId, long seq) {
        return jdbc.sql("select helpful from answer_rating where conversation_id = :c and seq = :s")
                .param("c", conversationId)
                .param("s", seq)
                .query(Boolean.class)
                .optional();
    }

    /** Surveys of the newest first, for the admin inbox. */
    List<Survey> recentSurveys(int limit) {
        return jdbc.sql("""
                select conversation_id, agent_id, stars, comment, created_at from conversation_survey
                order by created_at desc limit :n""")
                .param("n", limit)
                .query((rs, n) -> new Survey(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        Objects.requireNonNull(rs.getObject(5, java.time.OffsetDateTime.class)).toInstant()))
                .list();
    }
}
