package org.kefu.server.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.QuickReply;
import org.kefu.server.bot.Bot;
import org.kefu.server.bot.BotRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The conversation core's API for channels and the agent workspace: opens conversations, appends
 * customer, agent and system messages in order and exactly once, runs the bot while the conversation is
 * with it, changes status, and publishes every change on the {@link ConversationTopic}. See the package
 * documentation for the guarantees.
 */
public final class ConversationService {

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final MessageLog log;
    private final BotTurns botTurns;
    private final BotRegistry bots;
    private final ConversationLocks locks;
    private final ConversationTopic topic;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int maxPageSize;

    ConversationService(ConversationStore conversations, MessageStore messages, MessageLog log, BotTurns botTurns,
            BotRegistry bots, ConversationLocks locks, ConversationTopic topic, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock, int maxPageSize) {
        this.conversations = conversations;
        this.messages = messages;
        this.log = log;
        this.botTurns = botTurns;
        this.bots = bots;
        this.locks = locks;
        this.topic = topic;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.maxPageSize = maxPageSize;
    }

    /**
     * Opens a conversation with a bot; the bot's welcome message is stored as message 1.
     *
     * @throws UnknownBotException when the server does not serve this bot
     * @throws BotNotReadyException when the bot is still loading
     */
    public Conversation create(String customerId, String botId, Locale locale) {
        if (!bots.isConfigured(botId)) {
            throw new UnknownBotException(botId);
        }
        Bot bot = bots.find(botId).orElseThrow(() -> new BotNotReadyException(botId));
        BotReply welcome = bot.engine().welcome(locale);
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        Conversation c = new Conversation(id, customerId, botId, locale, ConversationStatus.BOT, null, null, null,
                null, 1, 0, now, now);
        Message first = new Message(UUID.randomUUID().toString(), id, 1, null, Sender.BOT, null, null, welcome.text(),
                null, welcome.quickReplies(), welcome.cards(), welcome.meta(), null, now);
        tx.executeWithoutResult(s -> {
            conversations.insert(c, DialogueState.initial().toJson());
            messages.insert(first);
        });
        return c;
    }

    /** The conversation, if it exists. */
    public Optional<Conversation> find(String conversationId) {
        return conversations.find(conversationId);
    }

    /**
     * The conversation if it belongs to the customer.
     *
     * @throws ConversationNotFoundException when it does not exist or belongs to someone else
     */
    public Conversation findForCustomer(String conversationId, String customerId) {
        return conversations.find(conversationId).filter(c -> c.belongsTo(customerId))
                .orElseThrow(() -> new ConversationNotFoundException(conversationId));
    }

    /** Messages after {@code afterSeq}, in order, at most {@code kefu.conversation.max-page-size}. */
    public List<Message> messagesAfter(String conversationId, long afterSeq) {
        return messages.after(conversationId, afterSeq, maxPageSize);
    }

    /** Same as {@link #appendCustomerMessage(Inbound, Consumer)} without a callback. */
    public AppendResult appendCustomerMessage(Inbound inbound) {
        return appendCustomerMessage(inbound, m -> {});
    }

    /**
     * Stores a customer message and, while the conversation is with the bot, the bot's replies. Sending the
     * same clientMsgId again stores nothing, does not run the bot again and returns the original outcome.
     * Messages of one conversation are handled one at a time, in order.
     *
     * @param onStored called once the customer message is durably stored and before it is published or
     *     answered (the WebSocket channel sends its ack here); not called for duplicates
     * @throws ConversationNotFoundException when the conversation does not exist or is not the customer's
     * @throws ConversationBusyException when the conversation stayed locked too long; retrying is safe
     */
    public AppendResult appendCustomerMessage(Inbound inbound, Consumer<Message> onStored) {
        return locks.withLock(inbound.conversationId(), () -> {
            MessageLog.CustomerAppend appended = log.appendCustomer(inbound);
            if (appended.duplicate()) {
                return new AppendResult(appended.message(), appended.earlierReplies(), true);
            }
            Conversation c = appended.conversation();
            onStored.accept(appended.message());
            topic.publish(new ConversationEvent.MessageStored(appended.message()));
            if (appended.reopened()) {
                topic.publish(new ConversationEvent.StatusChanged(c.id(), ConversationStatus.BOT, null, null));
            }
            if (c.status() != ConversationStatus.BOT) {
                return new AppendResult(appended.message(), List.of(), false);
            }
            BotTurns.Answer answer = botTurns.answer(c, appended.message());
            answer.replies().forEach(m -> topic.publish(new ConversationEvent.MessageStored(m)));
            if (answer.handoff() != null) {
                topic.publish(new ConversationEvent.StatusChanged(c.id(), ConversationStatus.QUEUED, null, null));
                events.publishEvent(new ConversationQueued(c.id(), c.bot(), answer.handoff().team(),
                        answer.handoff().reason(), answer.handoff().withinServiceHours()));
            }
            return new AppendResult(appended.message(), answer.replies(), false);
        });
    }

    /** Stores and publishes an agent's message. */
    public Message appendAgentMessage(String conversationId, String agentId, String agentName, String text) {
        return appendSingle(conversationId, Sender.AGENT, agentId, agentName, text, List.of());
    }

    /** Stores and publishes a system notice ("an agent joined", "conversation closed"…) in the log. */
    public Message appendSystemMessage(String conversationId, String text) {
        return appendSingle(conversationId, Sender.SYSTEM, null, null, text, List.of());
    }

    /** A system notice with buttons for the customer, e.g. "leave a message" after a long wait in the queue. */
    public Message appendSystemMessage(String conversationId, String text, List<QuickReply> quickReplies) {
        return appendSingle(conversationId, Sender.SYSTEM, null, null, text, quickReplies);
    }

    private Message appendSingle(String conversationId, Sender sender, @Nullable String senderId,
            @Nullable String senderName, String text, List<QuickReply> quickReplies) {
        return locks.withLock(conversationId, () -> {
            Message m = log.appendSingle(conversationId, sender, senderId, senderName, text, quickReplies);
            topic.publish(new ConversationEvent.MessageStored(m));
            return m;
        });
    }

    /** Puts the conversation in the queue for a team (also used by agents to transfer), and publishes it. */
    public void queue(String conversationId, @Nullable String team, String reason) {
        locks.withLock(conversationId, () -> {
            tx.executeWithoutResult(s -> conversations.queue(conversationId, team, reason, clock.instant()));
            topic.publish(new ConversationEvent.StatusChanged(conversationId, ConversationStatus.QUEUED, null, null));
            return null;
        });
    }

    /** Gives the conversation to an agent (status {@code agent}) and publishes it with the agent's name. */
    public void assign(String conversationId, String agentId, String agentName) {
        setStatus(conversationId, ConversationStatus.AGENT, agentId, agentName);
    }

    /** Hands the conversation back to the bot. */
    public void returnToBot(String conversationId) {
        setStatus(conversationId, ConversationStatus.BOT, null, null);
    }

    /**
     * Closes the conversation. A later customer message reopens it with the bot.
     *
     * @param askForSurvey true when an agent closed it and the customer should rate the service
     */
    public void close(String conversationId, boolean askForSurvey) {
        setStatus(conversationId, ConversationStatus.CLOSED, null, null);
        if (askForSurvey) {
            topic.publish(new ConversationEvent.SurveyRequested(conversationId));
        }
    }

    private void setStatus(String conversationId, ConversationStatus status, @Nullable String assignee,
            @Nullable String assigneeName) {
        locks.withLock(conversationId, () -> {
            tx.executeWithoutResult(s -> {
                conversations.findForUpdate(conversationId)
                        .orElseThrow(() -> new ConversationNotFoundException(conversationId));
                conversations.changeStatus(conversationId, status, assignee, assigneeName, clock.instant());
            });
            topic.publish(new ConversationEvent.StatusChanged(conversationId, status, null, assigneeName));
            return null;
        });
    }

    /** Tells the waiting customer their place in the queue (1 = next); nothing is stored. */
    public void publishQueuePosition(String conversationId, int position) {
        topic.publish(new ConversationEvent.StatusChanged(conversationId, ConversationStatus.QUEUED, position, null));
    }

    /** Tells the other side that {@code from} is typing; nothing is stored. */
    public void typing(String conversationId, Sender from) {
        topic.publish(new ConversationEvent.Typing(conversationId, from));
    }

    /** Records that the customer has read up to {@code seq} and tells the agent. */
    public void markRead(String conversationId, long seq) {
        tx.executeWithoutResult(s -> conversations.markRead(conversationId, seq));
        topic.publish(new ConversationEvent.Read(conversationId, seq));
    }

    /** The topic carrying this conversation core's events, for subscribing. */
    public ConversationTopic topic() {
        return topic;
    }
}
