package org.kefu.server.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.kefu.server.conversation.ConversationEvent;
import org.kefu.server.conversation.ConversationService;
import org.kefu.server.conversation.ConversationTopic;
import org.kefu.server.conversation.Message;
import org.kefu.server.conversation.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Leave-a-message in the chat itself: when the bot answers the customer's "留言 / Leave a message" (a reply
 * whose meta intent is {@code leave_message}), the customer's next message within 30 minutes becomes a ticket
 * for the team. Every node sees every event; the ticket's unique source message keeps it to one ticket.
 */
@Component
class LeaveMessageCapture implements SmartInitializingSingleton, DisposableBean {

    /** The meta intent of the bot reply that asks the customer to write their message. */
    static final String OFFER_INTENT = "leave_message";

    private static final Logger log = LoggerFactory.getLogger(LeaveMessageCapture.class);
    private static final Duration WINDOW = Duration.ofMinutes(30);

    private final ConversationService conversations;
    private final Tickets tickets;
    private final Clock clock;
    private final Map<String, Instant> offered = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kefu-leave-message");
        t.setDaemon(true);
        return t;
    });
    private ConversationTopic.@Nullable Subscription subscription;

    LeaveMessageCapture(ConversationService conversations, Tickets tickets, Clock clock) {
        this.conversations = conversations;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // storing the ticket touches the database: off the topic's delivery thread
        subscription = conversations.topic().subscribeAll(e -> worker.execute(() -> onEvent(e)));
    }

    void onEvent(ConversationEvent event) {
        if (!(event instanceof ConversationEvent.MessageStored stored)) {
            return;
        }
        Message m = stored.message();
        if (m.sender() == Sender.BOT && m.meta() != null && OFFER_INTENT.equals(m.meta().intent())) {
            offered.put(m.conversationId(), clock.instant());
        } else if (m.sender() == Sender.CUSTOMER) {
            Instant at = offered.remove(m.conversationId());
            if (at != null && !clock.instant().isAfter(at.plus(WINDOW))) {
                try {
                    conversations.find(m.conversationId()).ifPresent(c -> tickets.leaveInChat(c, m.seq(), m.text()));
                } catch (RuntimeException e) {
                    // the boundary of this background listener; the customer's message itself is stored anyway
                    log.error("Could not store the message left in conversation {}", m.conversationId(), e);
                }
            }
        }
    }

    @Override
    public void destroy() {
        if (subscription != null) {
            subscription.close();
        }
        worker.shutdownNow();
    }
}
