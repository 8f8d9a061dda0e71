package org.kefu.server.channel;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.kefu.server.conversation.ConversationEvent;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.ConversationTopic;
import org.kefu.server.conversation.Message;
import org.kefu.server.conversation.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One customer socket after its hello: which conversation it follows and the newest message it has been sent.
 * Messages reach it in sequence order without gaps or repeats: a live message that arrives ahead of a gap
 * first pulls the missing ones from the store.
 */
final class ChatSocket {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);

    private final WebSocketSession session;
    private final ServerFrames frames;
    private final ConversationService conversations;
    private final ReentrantLock lock = new ReentrantLock();
    private final ExecutorService outbox =
            Executors.newSingleThreadExecutor(Thread.ofVirtual().name("chat-socket-", 0).factory());
    private @Nullable State state;

    private record State(String conversationId, String customerId, Locale locale,
            ConversationTopic.Subscription subscription, long lastSent) {
        State sent(long seq) {
            return new State(conversationId, customerId, locale, subscription, Math.max(lastSent, seq));
        }
    }

    ChatSocket(WebSocketSession session, ServerFrames frames, ConversationService conversations) {
        this.session = session;
        this.frames = frames;
        this.conversations = conversations;
    }

    boolean started() {
        return state != null;
    }

    String conversationId() {
        return requireState().conversationId();
    }

    String customerId() {
        return requireState().customerId();
    }

    @Nullable Locale locale() {
        State s = state;
        return s == null ? null : s.locale();
    }

    /**
     * Follows the conversation from now on and replays everything after {@code afterSeq}. A client claiming to
     * have seen more than exists ({@code afterSeq > lastSeq}) is trusted only up to {@code lastSeq}, so it still
     * gets every message stored from now on.
     */
    void start(String conversationId, String customerId, Locale locale, TextMessage welcome, long afterSeq,
            long lastSeq) {
        lock.lock();
        try {
            ConversationTopic.Subscription subscription = conversations.topic().subscribe(conversationId, this::on);
            long seen = Math.min(afterSeq, lastSeq);
            state = new State(conversationId, customerId, locale, subscription, seen);
            send(welcome);
            replay(seen);
        } finally {
            lock.unlock();
        }
    }

    /** Sends every message after {@code afterSeq} again, as asked for by a {@code sync} frame. */
    void replay(long afterSeq) {
        lock.lock();
        try {
            long after = afterSeq;
            List<Message> page;
            do {
                page = conversations.messagesAfter(conversationId(), after);
                for (Message m : page) {
                    sendMessage(m);
                    after = m.seq();
                }
            } while (!page.isEmpty());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues a frame. Frames leave in the order they were queued, on this socket's own writer thread, so a slow
     * client never holds up the thread that publishes a conversation's events to every socket.
     */
    void send(TextMessage frame) {
        enqueue(() -> {
            try {
                if (session.isOpen()) {
                    session.sendMessage(frame);
                }
            } catch (IOException | RuntimeException e) {
                // The client went away or stalled (the session is then closed). Everything is stored; it catches
                // up with hello or sync when it reconnects.
                LOG.debug("Chat socket {} could not be written to", session.getId(), e);
            }
        });
    }

    private void enqueue(Runnable write) {
        try {
            outbox.execute(write);
        } catch (RejectedExecutionException e) {
            LOG.debug("Chat socket {} is closed; frame dropped", session.getId()); // nothing left to write to
        }
    }

    /** Closes the socket once every frame queued before is sent. */
    void closeAfterPending(CloseStatus status) {
        enqueue(() -> {
            try {
                session.close(status);
            } catch (IOException e) {
                LOG.debug("Closing chat socket {} failed", session.getId(), e);
            }
        });
    }

    private void on(ConversationEvent event) {
        switch (event) {
            case ConversationEvent.MessageStored stored -> deliver(stored.message());
            case ConversationEvent.StatusChanged status -> send(frames.status(status));
            case ConversationEvent.Typing typing -> {
                if (typing.from() == Sender.AGENT) {
                    send(frames.agentTyping());
                }
            }
            case ConversationEvent.SurveyRequested survey -> send(frames.survey());
            case ConversationEvent.Read read -> { } // read receipts are for the agent
        }
    }

    private void deliver(Message m) {
        lock.lock();
        try {
            long lastSent = requireState().lastSent();
            if (m.seq() <= lastSent) {
                return;
            }
            if (m.seq() > lastSent + 1) {
                replay(lastSent); // fills the gap and sends m too
                return;
            }
            sendMessage(m);
        } finally {
            lock.unlock();
        }
    }

    private void sendMessage(Message m) {
        send(frames.message(m));
        state = requireState().sent(m.seq());
    }

    void close() {
        State s = state;
        if (s != null) {
            s.subscription().close();
        }
        outbox.shutdown();
    }

    private State requireState() {
        State s = state;
        if (s == null) {
            throw new IllegalStateException("socket has not said hello");
        }
        return s;
    }
}
