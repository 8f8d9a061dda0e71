package org.kefu.server.agent.workspace;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.DialogueState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only queries over the conversation core's tables that only the workspace needs: the stored
 * dialogue state, the last bot turn, and a customer's other conversations.
 */
@Repository
class WorkspaceReadStore {

    private final JdbcClient jdbc;

    WorkspaceReadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The bot's understanding of the conversation so far. */
    BotSummary botSummary(String conversationId, boolean customerVerified) {
        Optional<String> stateJson = jdbc.sql("select dialogue_state from conversation where id = :id")
                .param("id", conversationId)
                .query(String.class)
                .optional();
        DialogueState state = stateJson.map(WorkspaceReadStore::parse).orElse(DialogueState.initial());
        record Turn(@Nullable String intent, double confidence, String source) {}
        Optional<Turn> last = jdbc.sql("""
                select intent, confidence, source from bot_turn
                where conversation_id = :id and intent is not null
                order by seq desc limit 1""")
                .param("id", conversationId)
                .query((rs, n) -> new Turn(rs.getString(1), rs.getDouble(2), rs.getString(3)))
                .optional();
        String reason = jdbc.sql("select handoff_reason from conversation where id = :id")
                .param("id", conversationId)
                .query(String.class)
                .optional()
                .orElse(null);
        boolean verified = customerVerified || verifiedInDialogue(state.context());
        return new BotSummary(
                last.map(Turn::intent).orElse(state.lastIntent()),
                last.map(Turn::confidence).orElse(0.0),
                last.map(Turn::source).orElse(null),
                state.activeFlow(),
                state.slots(),
                verified,
                reason);
    }

    /** The customer's other conversations, newest first. */
    List<PastConversation> otherConversations(String customerId, String exceptId) {
        return jdbc.sql("""
                select id, bot, status, created_at, last_seq from conversation
                where customer_id = :c and id <> :id order by created_at desc limit 20""")
                .param("c", customerId)
                .param("id", exceptId)
                .query((rs, n) -> new PastConversation(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getLong(5)))
                .list();
    }

    // the bot keeps OTP verification in its state context (e.g. verified=true or verifiedPhone=…)
    private static boolean verifiedInDialogue(Map<String, String> context) {
        return context.entrySet().stream()
                .anyMatch(e -> e.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("verified")
                        && !e.getValue().isBlank() && !e.getValue().equals("false"));
    }

    private static DialogueState parse(String json) {
        try {
            return DialogueState.fromJson(json);
        } catch (RuntimeException e) {
            // an unreadable state only costs the summary, not the workspace
            return DialogueState.initial();
        }
    }
}
