package org.kefu.server.conversation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The message table: a conversation's log, ordered by sequence number. */
final class MessageStore {

    private static final String COLUMNS = """
            id, conversation_id, seq, client_msg_id, sender, sender_id, sender_name, text, payload, quick_replies,
            cards, meta, reply_to_seq, created_at""";

    private final JdbcClient jdbc;
    private final MessageJson json;
    private final RowMapper<Message> row;

    MessageStore(JdbcClient jdbc, MessageJson json) {
        this.jdbc = jdbc;
        this.json = json;
        this.row = (rs, n) -> new Message(
                rs.getString("id"),
                rs.getString("conversation_id"),
                rs.getLong("seq"),
                rs.getString("client_msg_id"),
                Sender.fromWire(rs.getString("sender")),
                rs.getString("sender_id"),
                rs.getString("sender_name"),
                rs.getString("text"),
                rs.getString("payload"),
                json.quickReplies(rs.getString("quick_replies")),
                json.cards(rs.getString("cards")),
                json.meta(rs.getString("meta")),
                TimeColumns.nullableLong(rs, "reply_to_seq"),
                TimeColumns.read(rs, "created_at"));
    }

    void insert(Message m) {
        jdbc.sql("""
                insert into message (id, conversation_id, seq, client_msg_id, sender, sender_id, sender_name, text,
                    payload, quick_replies, cards, meta, reply_to_seq, created_at)
                values (:id, :conversationId, :seq, :clientMsgId, :sender, :senderId, :senderName, :text,
                    :payload, :quickReplies, :cards, :meta, :replyToSeq, :createdAt)""")
                .param("id", m.id())
                .param("conversationId", m.conversationId())
                .param("seq", m.seq())
                .param("clientMsgId", m.clientMsgId())
                .param("sender", m.sender().wireName())
                .param("senderId", m.senderId())
                .param("senderName", m.senderName())
                .param("text", m.text())
                .param("payload", m.payload())
                .param("quickReplies", json.write(m.quickReplies()))
                .param("cards", json.write(m.cards()))
                .param("meta", json.write(m.meta()))
                .param("replyToSeq", m.replyToSeq())
                .param("createdAt", TimeColumns.param(m.createdAt()))
                .update();
    }

    Optional<Message> findByClientMsgId(String conversationId, String clientMsgId) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from message where conversation_id = :conversationId and client_msg_id = :clientMsgId""")
                .param("conversationId", conversationId).param("clientMsgId", clientMsgId)
                .query(row).optional();
    }

    List<Message> after(String conversationId, long afterSeq, int limit) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from message where conversation_id = :conversationId and seq > :afterSeq
                order by seq
                limit :limit""")
                .param("conversationId", conversationId).param("afterSeq", afterSeq).param("limit", limit)
                .query(row).list();
    }

    List<Message> repliesTo(String conversationId, long seq) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from message where conversation_id = :conversationId and reply_to_seq = :seq
                order by seq""")
                .param("conversationId", conversationId).param("seq", seq)
                .query(row).list();
    }
}
