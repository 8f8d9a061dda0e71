package org.kefu.server.channel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.ConversationEvent;
import org.kefu.server.conversation.Message;
import org.springframework.web.socket.TextMessage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Builds the server → client frames of the chat protocol. */
final class ServerFrames {

    private final JsonMapper json;

    ServerFrames(JsonMapper json) {
        this.json = json;
    }

    TextMessage welcome(Conversation c) {
        Map<String, @Nullable Object> frame = new LinkedHashMap<>();
        frame.put("type", "welcome");
        frame.put("conversationId", c.id());
        frame.put("bot", c.bot());
        frame.put("locale", c.locale().toLanguageTag());
        frame.put("status", c.status().wireName());
        frame.put("lastSeq", c.lastSeq());
        frame.put("agentName", c.assigneeName());
        return text(frame);
    }

    TextMessage message(Message m) {
        ObjectNode frame = json.createObjectNode().put("type", "message");
        frame.setAll((ObjectNode) json.valueToTree(MessageView.of(m)));
        return new TextMessage(json.writeValueAsString(frame));
    }

    TextMessage ack(String clientMsgId, long seq) {
        return text(Map.of("type", "ack", "clientMsgId", clientMsgId, "seq", seq));
    }

    TextMessage status(ConversationEvent.StatusChanged s) {
        Map<String, @Nullable Object> frame = new LinkedHashMap<>();
        frame.put("type", "status");
        frame.put("status", s.status().wireName());
        frame.put("queuePosition", s.queuePosition());
        frame.put("agentName", s.agentName());
        return text(frame);
    }

    TextMessage agentTyping() {
        return text(Map.of("type", "typing", "from", "agent"));
    }

    TextMessage survey() {
        return text(Map.of("type", "survey"));
    }

    TextMessage error(String code, String message, @Nullable String clientMsgId, @Nullable Long retryAfterSeconds) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "error");
        frame.put("code", code);
        frame.put("message", message);
        if (clientMsgId != null) {
            frame.put("clientMsgId", clientMsgId);
        }
        if (retryAfterSeconds != null) {
            frame.put("retryAfter", retryAfterSeconds);
        }
        return text(frame);
    }

    private TextMessage text(Map<String, ?> frame) {
        return new TextMessage(json.writeValueAsString(frame));
    }
}
