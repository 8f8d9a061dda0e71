package org.kefu.server.analytics;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and reads per-turn bot analytics. Joins the caller's transaction when there is one. */
@Component
public final class BotTurnRecorder {

    private final BotTurnStore store;

    /** A recorder writing through the given client (Spring builds it; tests may too). */
    public BotTurnRecorder(JdbcClient jdbc) {
        this.store = new BotTurnStore(jdbc);
    }

    /** Stores one turn's record. */
    public void record(BotTurnRecord record) {
        store.insert(record);
    }

    /** The turns of one conversation, in order. */
    public List<BotTurnRecord> forConversation(String conversationId) {
        return store.forConversation(conversationId);
    }
}
