package org.kefu.server.agent.workspace;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.kefu.server.agent.Agent;
import org.kefu.server.agent.AgentDirectory;
import org.kefu.server.conversation.ConversationEvent;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.ConversationTopic;
import org.kefu.server.conversation.Sender;
import org.kefu.server.handoff.HandoffService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workspace's live channel, {@code /agent/ws} (session login, same origin). Server → agent frames:
 * {@code {"type":"message","conversationId","seq","from","senderName","text","ts"}} for conversations the agent
 * may read, {@code {"type":"typing","conversationId"}} when their customer types, and
 * {@code {"type":"refresh"}} when queues or assignments change (with the {@code conversationId} for those who may
 * read it). Agent → server:
 * {@code {"type":"typing","conversationId"}} for a conversation the agent has.
 */
@Component
class AgentSocketHandler extends TextWebSocketHandler implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AgentSocketHandler.class);

    private final ConversationService conversations;
    private final AgentDirectory directory;
    private final HandoffService handoffs;
    private final ConversationAccess access;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Connected> sessions = new ConcurrentHashMap<>();
    // fan-out does database look-ups; the topic's listener thread must not wait for them
    private final ExecutorService fanOut = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kefu-agent-fanout");
        t.setDaemon(true);
        return t;
    });
    private ConversationTopic.@Nullable Subscription subscription;

    AgentSocketHandler(ConversationService conversations, AgentDirectory directory, HandoffService handoffs,
            ConversationAccess access) {
        this.conversations = conversations;
        this.directory = directory;
        this.handoffs = handoffs;
        this.access = access;
    }

    private record Connected(WebSocketSession session, String username) {}

    @Override
    public void afterSingletonsInstantiated() {
        subscription = conversations.topic().subscribeAll(event -> fanOut.execute(() -> deliver(event)));
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        if (session.getPrincipal() == null) {
            close(session, CloseStatus.POLICY_VIOLATION);
            return;
        }
        sessions.put(session.getId(), new Connected(new ConcurrentWebSocketSessionDecorator(session, 5_000, 512 * 1024),
                session.getPrincipal().getName()));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sessions.remove(session.getId());
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Connected c = sessions.get(session.getId());
        if (c == null) {
            return;
        }
        JsonNode frame;
        try {
            frame = json.readTree(message.getPayload());
        } catch (RuntimeException e) {
            return; // a malformed frame from a workspace tab is ignored, not fatal
        }
        if ("typing".equals(frame.path("type").asString(""))) {
            String conversationId = frame.path("conversationId").asString("");
            directory.byUsername(c.username())
                    .filter(a -> handoffs.open(conversationId).map(h -> a.id().equals(h.assignedAgentId())).orElse(false))
                    .ifPresent(a -> conversations.typing(conversationId, Sender.AGENT));
        }
    }

    private void deliver(ConversationEvent event) {
        try {
            switch (event) {
                case ConversationEvent.MessageStored m -> toReaders(event.conversationId(),
                        AgentApiController.json(m.message()), true);
                case ConversationEvent.Typing t when t.from() == Sender.CUSTOMER -> {
                    Map<String, Object> frame = new LinkedHashMap<>();
                    frame.put("type", "typing");
                    frame.put("conversationId", t.conversationId());
                    toReaders(t.conversationId(), frame, false);
                }
                case ConversationEvent.StatusChanged s -> refresh(s.conversationId());
                default -> {}
            }
        } catch (RuntimeException e) {
            // one bad event must not stop live updates for everyone
            log.warn("Could not deliver {} to agents", event.getClass().getSimpleName(), e);
        }
    }

    // every workspace refreshes its lists; only those who may read the conversation learn which one changed
    private void refresh(String conversationId) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("type", "refresh");
        named.put("conversationId", conversationId);
        String withId = json.writeValueAsString(named);
        String anonymous = "{\"type\":\"refresh\"}";
        for (Connected c : sessions.values()) {
            Agent agent = directory.byUsername(c.username()).orElse(null);
            send(c, agent != null && access.mayRead(agent, conversationId) ? withId : anonymous);
        }
    }

    private void toReaders(String conversationId, Map<String, Object> body, boolean message) {
        if (sessions.isEmpty()) {
            return;
        }
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", message ? "message" : body.get("type"));
        body.forEach(frame::putIfAbsent);
        String text = json.writeValueAsString(frame);
        for (Connected c : sessions.values()) {
            Agent agent = directory.byUsername(c.username()).orElse(null);
            if (agent != null && access.mayRead(agent, conversationId)) {
                send(c, text);
            }
        }
    }

    private void send(Connected c, String text) {
        try {
            c.session().sendMessage(new TextMessage(text));
        } catch (IOException | RuntimeException e) {
            sessions.values().remove(c);
            close(c.session(), CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void destroy() {
        if (subscription != null) {
            subscription.close();
        }
        fanOut.shutdownNow();
    }
}
