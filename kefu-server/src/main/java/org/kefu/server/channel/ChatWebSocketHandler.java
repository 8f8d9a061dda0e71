package org.kefu.server.channel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.kefu.server.conversation.AppendResult;
import org.kefu.server.conversation.Conversation;
import org.kefu.server.conversation.ConversationBusyException;
import org.kefu.server.conversation.ConversationNotFoundException;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.Inbound;
import org.kefu.server.conversation.Sender;
import org.kefu.server.security.Visitor;
import org.kefu.server.security.VisitorTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat WebSocket {@code /ws/chat}. The first frame must be a valid {@code hello}; anything else gets an
 * error frame and the socket is closed. After it, {@code send}, {@code sync}, {@code typing} and {@code read}
 * are accepted; a bad frame gets an error frame and the socket stays open.
 */
final class ChatWebSocketHandler extends TextWebSocketHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ChatWebSocketHandler.class);

    private final ConversationService conversations;
    private final VisitorTokens tokens;
    private final InboundCheck check;
    private final RateLimits rateLimits;
    private final ErrorMessages errors;
    private final JsonMapper json;
    private final ServerFrames frames;
    private final ChannelProperties properties;
    private final Map<String, ChatSocket> sockets = new ConcurrentHashMap<>();

    ChatWebSocketHandler(ConversationService conversations, VisitorTokens tokens, InboundCheck check,
            RateLimits rateLimits, ErrorMessages errors, JsonMapper json, ChannelProperties properties) {
        this.conversations = conversations;
        this.tokens = tokens;
        this.check = check;
        this.rateLimits = rateLimits;
        this.errors = errors;
        this.json = json;
        this.frames = new ServerFrames(json);
        this.properties = properties;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        WebSocketSession concurrent = new ConcurrentWebSocketSessionDecorator(session,
                (int) properties.sendTimeout().toMillis(), 1024 * 1024);
        sockets.put(session.getId(), new ChatSocket(concurrent, frames, conversations));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        ChatSocket socket = sockets.get(session.getId());
        if (socket == null) {
            return;
        }
        String clientMsgId = null;
        try {
            rateLimits.frame(session.getId());
            ClientFrame frame = ClientFrame.parse(json, message.getPayload());
            if (!socket.started()) {
                hello(socket, frame);
                return;
            }
            clientMsgId = "send".equals(frame.type()) ? frame.string("clientMsgId") : null;
            handle(socket, frame);
        } catch (ChannelException e) {
            reject(session, socket, e.code(), e.args(), clientMsgId, e.retryAfterSeconds());
        } catch (ConversationNotFoundException e) {
            reject(session, socket, "unknown_conversation", new Object[0], clientMsgId, null);
        } catch (ConversationBusyException e) {
            reject(session, socket, "conversation_busy", new Object[0], clientMsgId, 1L);
        } catch (RuntimeException e) {
            LOG.error("Chat socket {} failed on a frame", session.getId(), e);
            reject(session, socket, "internal_error", new Object[0], clientMsgId, null);
        }
    }

    private void hello(ChatSocket socket, ClientFrame frame) {
        if (!"hello".equals(frame.type())) {
            throw new ChannelException(HttpStatus.UNAUTHORIZED, "hello_required");
        }
        String conversationId = frame.string("conversationId");
        String token = frame.string("token");
        long afterSeq = frame.seq("afterSeq", 0);
        if (conversationId == null || token == null) {
            throw new ChannelException(HttpStatus.UNAUTHORIZED, "hello_required");
        }
        Visitor visitor = tokens.verify(token)
                .orElseThrow(() -> new ChannelException(HttpStatus.UNAUTHORIZED, "invalid_token"));
        Conversation c = conversations.findForCustomer(conversationId, visitor.customerId());
        socket.start(c.id(), visitor.customerId(), c.locale(), frames.welcome(c), afterSeq, c.lastSeq());
    }

    private void handle(ChatSocket socket, ClientFrame frame) {
        switch (frame.type()) {
            case "send" -> send(socket, frame);
            case "sync" -> socket.replay(frame.seq("afterSeq", 0));
            case "typing" -> conversations.typing(socket.conversationId(), Sender.CUSTOMER);
            case "read" -> conversations.markRead(socket.conversationId(), frame.seq("seq", 0));
            case "hello" -> throw new ChannelException(HttpStatus.BAD_REQUEST, "already_started");
            default -> throw new ChannelException(HttpStatus.BAD_REQUEST, "unknown_frame", frame.type());
        }
    }

    private void send(ChatSocket socket, ClientFrame frame) {
        String clientMsgId = frame.string("clientMsgId");
        if (frame.string("attachmentId") != null) {
            throw new ChannelException(HttpStatus.BAD_REQUEST, "attachments_unsupported");
        }
        Inbound inbound = check.inbound(socket.conversationId(), socket.customerId(), clientMsgId,
                frame.string("text"), frame.string("payload"));
        rateLimits.message(socket.customerId());
        AppendResult result = conversations.appendCustomerMessage(inbound,
                stored -> socket.send(frames.ack(inbound.clientMsgId(), stored.seq())));
        if (result.duplicate()) {
            socket.send(frames.ack(inbound.clientMsgId(), result.seq()));
        }
    }

    private void reject(WebSocketSession session, ChatSocket socket, String code, Object[] args,
            @Nullable String clientMsgId, @Nullable Long retryAfter) {
        Locale locale = socket.locale() != null ? socket.locale() : handshakeLocale(session);
        socket.send(frames.error(code, errors.message(code, args, locale), clientMsgId, retryAfter));
        if (!socket.started()) {
            socket.closeAfterPending(CloseStatus.POLICY_VIOLATION);
        }
    }

    private static Locale handshakeLocale(WebSocketSession session) {
        List<Locale> accepted = session.getHandshakeHeaders().getAcceptLanguageAsLocales();
        return accepted.isEmpty() ? Locale.ENGLISH : accepted.getFirst();
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        LOG.debug("Transport error on chat socket {}", session.getId(), exception);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        ChatSocket socket = sockets.remove(session.getId());
        if (socket != null) {
            socket.close();
        }
        rateLimits.socketClosed(session.getId());
    }
}
