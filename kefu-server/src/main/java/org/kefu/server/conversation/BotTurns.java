package org.kefu.server.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.kefu.dialogue.BotReply;
import org.kefu.dialogue.CustomerContext;
import org.kefu.dialogue.DialogueState;
import org.kefu.dialogue.HandoffRequest;
import org.kefu.dialogue.ReplyMeta;
import org.kefu.dialogue.ReplySource;
import org.kefu.dialogue.Turn;
import org.kefu.dialogue.TurnResult;
import org.kefu.nlu.Understanding;
import org.kefu.server.analytics.BotTurnRecord;
import org.kefu.server.analytics.BotTurnRecorder;
import org.kefu.server.bot.Bot;
import org.kefu.server.bot.BotRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the bot for one stored customer message: understands it, lets the engine decide, and stores the
 * replies, the next dialogue state, a handoff and the analytics record in one transaction. A failing bot
 * never loses the customer's message: the customer gets an apology and the failure is logged.
 */
final class BotTurns {

    private static final Logger LOG = LoggerFactory.getLogger(BotTurns.class);

    private final BotRegistry bots;
    private final ConversationStore conversations;
    private final MessageStore messages;
    private final Customers customers;
    private final BotTurnRecorder analytics;
    private final TransactionTemplate tx;
    private final MessageSource texts;
    private final Clock clock;
    private final MeterRegistry meters;

    BotTurns(BotRegistry bots, ConversationStore conversations, MessageStore messages, Customers customers,
            BotTurnRecorder analytics, TransactionTemplate tx, MessageSource texts, Clock clock, MeterRegistry meters) {
        this.bots = bots;
        this.conversations = conversations;
        this.messages = messages;
        this.customers = customers;
        this.analytics = analytics;
        this.tx = tx;
        this.texts = texts;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * The stored outcome of a bot turn.
     *
     * @param replies the stored bot replies
     * @param handoff the engine's handoff request, if any (the conversation is then queued)
     */
    record Answer(List<Message> replies, @Nullable HandoffRequest handoff) {}

    private record Decision(List<BotReply> replies, @Nullable String stateJson, @Nullable HandoffRequest handoff,
            @Nullable Understanding understanding, long latencyMs, boolean failed) {}

    Answer answer(Conversation conversation, Message customerMessage) {
        Decision decision = decide(conversation, customerMessage);
        return MessageLog.required(tx.execute(s -> store(conversation, customerMessage, decision)));
    }

    private Decision decide(Conversation c, Message m) {
        long start = System.nanoTime();
        try {
            Bot bot = bots.find(c.bot()).orElseThrow(() -> new BotNotReadyException(c.bot()));
            DialogueState state = DialogueState.fromJson(conversations.dialogueState(c.id()));
            Understanding understanding = bot.understander().understand(m.text());
            Turn turn = new Turn(m.text(), m.payload(), understanding, customerContext(c.customerId()), c.locale(),
                    clock.instant());
            TurnResult result = bot.engine().handle(turn, state);
            return new Decision(result.replies(), result.state().toJson(), result.handoff(), understanding,
                    millisSince(start), false);
        } catch (RuntimeException e) {
            LOG.error("Bot '{}' failed on conversation {} message {}", c.bot(), c.id(), m.seq(), e);
            BotReply apology = BotReply.text(texts.getMessage("bot.error", null, c.locale()),
                    new ReplyMeta(ReplySource.FALLBACK, null, 0));
            return new Decision(List.of(apology), null, null, null, millisSince(start), true);
        }
    }

    private Answer store(Conversation c, Message customerMessage, Decision d) {
        Conversation locked = conversations.findForUpdate(c.id())
                .orElseThrow(() -> new ConversationNotFoundException(c.id()));
        Instant now = clock.instant();
        long seq = locked.lastSeq();
        List<Message> stored = new ArrayList<>();
        for (BotReply reply : d.replies()) {
            Message m = new Message(UUID.randomUUID().toString(), c.id(), ++seq, null, Sender.BOT, null, null,
                    reply.text(), null, reply.quickReplies(), reply.cards(), reply.meta(), customerMessage.seq(), now);
            messages.insert(m);
            stored.add(m);
        }
        String state = d.stateJson() != null ? d.stateJson() : conversations.dialogueState(c.id());
        conversations.saveBotTurn(c.id(), seq, state, now);
        if (d.handoff() != null) {
            conversations.queue(c.id(), d.handoff().team(), d.handoff().reason(), now);
        }
        BotTurnRecord record = record(c, customerMessage, d, now);
        analytics.record(record);
        Timer.builder("kefu.bot.turn").description("Understanding and deciding one bot turn")
                .tag("bot", c.bot()).tag("source", record.source()).tag("outcome", record.outcome().wireName())
                .register(meters).record(Duration.ofMillis(d.latencyMs()));
        return new Answer(stored, d.handoff());
    }

    private static BotTurnRecord record(Conversation c, Message customerMessage, Decision d, Instant now) {
        ReplyMeta meta = d.replies().isEmpty() ? null : d.replies().getLast().meta();
        String intent = meta != null ? meta.intent() : null;
        double confidence = meta != null ? meta.confidence() : 0;
        if (intent == null && d.understanding() != null && d.understanding().topIntent().isPresent()) {
            intent = d.understanding().topIntent().get().intent();
            confidence = d.understanding().topIntent().get().confidence();
        }
        BotTurnRecord.Outcome outcome;
        if (d.failed()) {
            outcome = BotTurnRecord.Outcome.ERROR;
        } else if (d.handoff() != null) {
            outcome = BotTurnRecord.Outcome.HANDOFF;
        } else if (meta == null || meta.source() == ReplySource.FALLBACK) {
            outcome = BotTurnRecord.Outcome.FALLBACK;
        } else {
            outcome = BotTurnRecord.Outcome.ANSWERED;
        }
        return new BotTurnRecord(c.id(), c.bot(), customerMessage.seq(), intent, confidence,
                meta == null ? "none" : meta.source().wireName(), d.latencyMs(), outcome, now);
    }

    private CustomerContext customerContext(String customerId) {
        Customer customer = customers.find(customerId).orElse(new Customer(customerId, null, null, null));
        Map<String, String> attributes = new HashMap<>();
        if (customer.name() != null) {
            attributes.put("name", customer.name());
        }
        return new CustomerContext(customer.id(), customer.verifiedPhone(), attributes);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
